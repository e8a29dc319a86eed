//! LVM data-path tests (they need active logical volumes, so device-mapper).

fn main() {
    let args = libtest_mimic::Arguments::from_args();
    libtest_mimic::run(&args, Vec::new()).exit();
}
