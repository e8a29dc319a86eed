//! Safe RAII wrappers over the librados/librbd calls in `ffi.rs`.

use std::ffi::{CStr, CString, c_char, c_int, c_void};
use std::marker::PhantomData;
use std::ptr;

use super::ffi;
use crate::process::Cancel;

/// A failed librados/librbd call: what was attempted and the errno it returned.
#[derive(Debug, thiserror::Error)]
#[error("{what}: {}", std::io::Error::from_raw_os_error(*.errno))]
pub struct RbdError {
    pub what: String,
    pub errno: i32,
}

impl RbdError {
    pub fn is_not_found(&self) -> bool {
        self.errno == libc::ENOENT
    }

    /// The operation stopped because the progress callback asked it to (Ctrl-C).
    pub fn is_cancelled(&self) -> bool {
        self.errno == libc::ECANCELED
    }
}

pub type RbdResult<T> = Result<T, RbdError>;

fn check(rc: c_int, what: impl FnOnce() -> String) -> RbdResult<c_int> {
    if rc < 0 {
        Err(RbdError {
            what: what(),
            errno: -rc,
        })
    } else {
        Ok(rc)
    }
}

/// A byte count or `-errno` (`ssize_t`, which may exceed `i32` for a large range).
fn check_len(n: isize, what: impl FnOnce() -> String) -> RbdResult<usize> {
    usize::try_from(n).map_err(|_| RbdError {
        what: what(),
        errno: i32::try_from(-n).unwrap_or(libc::EIO),
    })
}

fn cstring(text: &str) -> RbdResult<CString> {
    CString::new(text).map_err(|_| RbdError {
        what: format!("invalid name {text:?}"),
        errno: libc::EINVAL,
    })
}

/// Reads a C string owned by librbd (NULL reads as empty).
fn owned_text(ptr: *const c_char) -> String {
    if ptr.is_null() {
        return String::new();
    }
    // SAFETY: librbd hands out NUL-terminated strings that live until the matching
    // cleanup call, which the caller makes only after this returns.
    unsafe { CStr::from_ptr(ptr) }
        .to_string_lossy()
        .into_owned()
}

/// How to reach the cluster (Cinder's option names).
#[derive(Debug, Clone)]
pub struct ClusterConfig {
    pub ceph_conf: String,
    pub user: String,
    pub keyring: Option<String>,
    /// Seconds for `client_mount_timeout`, `rados_mon_op_timeout`, `rados_osd_op_timeout`.
    pub connect_timeout: u64,
    pub op_timeout: u64,
}

/// A connected librados client (`rados_t`); shut down on drop.
pub struct Cluster {
    handle: ffi::rados_t,
}

// SAFETY: librados cluster handles are documented as thread-safe.
unsafe impl Send for Cluster {}
// SAFETY: as above; all calls through `&Cluster` are librados calls on a connected handle.
unsafe impl Sync for Cluster {}

impl Drop for Cluster {
    fn drop(&mut self) {
        // SAFETY: `handle` came from rados_create and is shut down exactly once, here.
        unsafe { ffi::rados_shutdown(self.handle) }
    }
}

impl Cluster {
    /// Creates the client, reads the conf, applies the timeouts, then connects.
    pub fn connect(config: &ClusterConfig) -> RbdResult<Cluster> {
        let user = cstring(&config.user)?;
        let mut handle: ffi::rados_t = ptr::null_mut();
        // SAFETY: `handle` is a valid out-pointer; `user` outlives the call.
        let rc = unsafe { ffi::rados_create(&mut handle, user.as_ptr()) };
        check(rc, || {
            format!("cannot create a Ceph client for user {}", config.user)
        })?;
        let cluster = Cluster { handle };
        let conf = cstring(&config.ceph_conf)?;
        // SAFETY: `handle` is a created, unconnected client; `conf` outlives the call.
        let rc = unsafe { ffi::rados_conf_read_file(handle, conf.as_ptr()) };
        check(rc, || {
            format!("cannot read Ceph configuration {}", config.ceph_conf)
        })?;
        let connect = config.connect_timeout.to_string();
        let op = config.op_timeout.to_string();
        cluster.set("client_mount_timeout", &connect)?;
        cluster.set("rados_mon_op_timeout", &op)?;
        cluster.set("rados_osd_op_timeout", &op)?;
        if let Some(keyring) = &config.keyring {
            cluster.set("keyring", keyring)?;
        }
        // SAFETY: the handle is configured and not yet connected.
        let rc = unsafe { ffi::rados_connect(handle) };
        check(rc, || {
            format!(
                "cannot connect to the Ceph cluster of {} as {} within {} s",
                config.ceph_conf, config.user, config.connect_timeout
            )
        })?;
        // Ceph 16 with `auth none` sometimes sends a fresh client's first monitor request
        // before it has the cluster's maps (refused as "wrong fsid"); waiting for the
        // latest OSD map first avoids it.
        // SAFETY: the handle is connected.
        let rc = unsafe { ffi::rados_wait_for_latest_osdmap(handle) };
        check(rc, || {
            format!("cannot read the cluster map of {}", config.ceph_conf)
        })?;
        Ok(cluster)
    }

    fn set(&self, option: &str, value: &str) -> RbdResult<()> {
        let (o, v) = (cstring(option)?, cstring(value)?);
        // SAFETY: the handle is valid; both strings outlive the call.
        let rc = unsafe { ffi::rados_conf_set(self.handle, o.as_ptr(), v.as_ptr()) };
        check(rc, || format!("cannot set Ceph option {option}"))?;
        Ok(())
    }

    /// Sends a monitor command (JSON) and returns its output.
    pub fn mon_command(&self, command: &str) -> RbdResult<String> {
        let c = cstring(command)?;
        let mut commands = [c.as_ptr()];
        let (mut out, mut out_len) = (ptr::null_mut::<c_char>(), 0usize);
        let (mut status, mut status_len) = (ptr::null_mut::<c_char>(), 0usize);
        // SAFETY: the handle is connected; `commands` holds one valid C string for the call;
        // the out-pointers are valid and what librados allocates is freed below.
        let rc = unsafe {
            ffi::rados_mon_command(
                self.handle,
                commands.as_mut_ptr(),
                1,
                ptr::null(),
                0,
                &mut out,
                &mut out_len,
                &mut status,
                &mut status_len,
            )
        };
        let text = if out.is_null() {
            String::new()
        } else {
            // SAFETY: librados returned `out_len` bytes at `out`.
            let bytes = unsafe { std::slice::from_raw_parts(out.cast::<u8>(), out_len) };
            String::from_utf8_lossy(bytes).into_owned()
        };
        // SAFETY: both buffers (if any) were allocated by librados and are freed once.
        unsafe {
            if !out.is_null() {
                ffi::rados_buffer_free(out);
            }
            if !status.is_null() {
                ffi::rados_buffer_free(status);
            }
        }
        check(rc, || format!("monitor command {command} failed"))?;
        Ok(text)
    }

    /// The monitors' `host:port` (msgr v1 where a monitor has it), from `mon dump`.
    pub fn monitors(&self) -> RbdResult<Vec<String>> {
        let dump = self.mon_command(r#"{"prefix": "mon dump", "format": "json"}"#)?;
        Ok(parse_monitors(&dump))
    }

    /// Raw cluster capacity (kB total, kB available).
    pub fn capacity_kb(&self) -> RbdResult<(u64, u64)> {
        let mut stat = ffi::rados_cluster_stat_t::default();
        // SAFETY: `stat` is a valid out-pointer of the declared layout.
        let rc = unsafe { ffi::rados_cluster_stat(self.handle, &mut stat) };
        check(rc, || "cannot read cluster capacity".to_owned())?;
        Ok((stat.kb, stat.kb_avail))
    }

    pub fn pool(&self, name: &str) -> RbdResult<Pool<'_>> {
        let n = cstring(name)?;
        let mut io: ffi::rados_ioctx_t = ptr::null_mut();
        // SAFETY: the handle is connected; `io` is a valid out-pointer.
        let rc = unsafe { ffi::rados_ioctx_create(self.handle, n.as_ptr(), &mut io) };
        check(rc, || format!("cannot open pool {name}"))?;
        Ok(Pool {
            io,
            _cluster: PhantomData,
        })
    }
}

/// An open pool (`rados_ioctx_t`), destroyed on drop, never outliving its cluster.
pub struct Pool<'a> {
    io: ffi::rados_ioctx_t,
    _cluster: PhantomData<&'a Cluster>,
}

impl Drop for Pool<'_> {
    fn drop(&mut self) {
        // SAFETY: `io` came from rados_ioctx_create and is destroyed once, here.
        unsafe { ffi::rados_ioctx_destroy(self.io) }
    }
}

/// Default image options (the cluster's `rbd_default_features` etc.), freed on drop.
struct ImageOptions(ffi::rbd_image_options_t);

impl ImageOptions {
    fn new() -> ImageOptions {
        let mut opts: ffi::rbd_image_options_t = ptr::null_mut();
        // SAFETY: `opts` is a valid out-pointer.
        unsafe { ffi::rbd_image_options_create(&mut opts) };
        ImageOptions(opts)
    }
}

impl Drop for ImageOptions {
    fn drop(&mut self) {
        // SAFETY: created by rbd_image_options_create, destroyed once.
        unsafe { ffi::rbd_image_options_destroy(self.0) }
    }
}

impl<'a> Pool<'a> {
    pub fn create_image(&self, name: &str, size: u64) -> RbdResult<()> {
        let n = cstring(name)?;
        let opts = ImageOptions::new();
        // SAFETY: `io` is open; `n` and `opts` outlive the call.
        let rc = unsafe { ffi::rbd_create4(self.io, n.as_ptr(), size, opts.0) };
        check(rc, || format!("cannot create image {name}"))?;
        Ok(())
    }

    /// A copy-on-write clone of `parent@snapshot` (in this pool) named `child`.
    pub fn clone_image(&self, parent: &str, snapshot: &str, child: &str) -> RbdResult<()> {
        let (p, s, c) = (cstring(parent)?, cstring(snapshot)?, cstring(child)?);
        let opts = ImageOptions::new();
        // SAFETY: both ioctx arguments are this open pool; the strings outlive the call.
        let rc = unsafe {
            ffi::rbd_clone3(self.io, p.as_ptr(), s.as_ptr(), self.io, c.as_ptr(), opts.0)
        };
        check(rc, || {
            format!("cannot clone {parent}@{snapshot} to {child}")
        })?;
        Ok(())
    }

    pub fn remove_image(&self, name: &str) -> RbdResult<()> {
        let n = cstring(name)?;
        // librbd calls the callback unconditionally: it must never be NULL.
        let context = ProgressContext {
            on_progress: &|_| {},
            cancel: None,
        };
        let data = &context as *const ProgressContext<'_> as *mut c_void;
        // SAFETY: `io` is open; `n` and `context` outlive the call.
        let rc = unsafe {
            ffi::rbd_remove_with_progress(self.io, n.as_ptr(), Some(progress_trampoline), data)
        };
        check(rc, || format!("cannot remove image {name}"))?;
        Ok(())
    }

    /// Opens the image for writing (this registers a watch on it).
    pub fn open(&self, name: &str) -> RbdResult<Image<'_>> {
        self.open_with(name, None, ffi::rbd_open)
    }

    /// Opens an image by id (e.g. one in the trash), for writing.
    pub fn open_by_id(&self, id: &str) -> RbdResult<Image<'_>> {
        self.open_with(id, None, ffi::rbd_open_by_id)
    }

    /// Moves an image to the RBD trash (its clones keep reading from it).
    pub fn trash_move(&self, name: &str) -> RbdResult<()> {
        let n = cstring(name)?;
        // SAFETY: `io` is open; `n` outlives the call.
        let rc = unsafe { ffi::rbd_trash_move(self.io, n.as_ptr(), 0) };
        check(rc, || format!("cannot move image {name} to the trash"))?;
        Ok(())
    }

    /// Removes an image from the trash for good.
    pub fn trash_remove(&self, id: &str) -> RbdResult<()> {
        let i = cstring(id)?;
        // SAFETY: `io` is open; `i` outlives the call.
        let rc = unsafe { ffi::rbd_trash_remove(self.io, i.as_ptr(), false) };
        check(rc, || format!("cannot remove image {id} from the trash"))?;
        Ok(())
    }

    /// The names of the pool's images (not those in the trash).
    pub fn list_images(&self) -> RbdResult<Vec<String>> {
        let mut size: usize = 4096;
        loop {
            let mut buffer = vec![0 as c_char; size];
            // SAFETY: `io` is open; `buffer` is writable for `size` bytes.
            let rc = unsafe { ffi::rbd_list(self.io, buffer.as_mut_ptr(), &mut size) };
            if rc == -libc::ERANGE {
                continue; // `size` now holds the size needed
            }
            let used = check(rc, || "cannot list the pool's images".to_owned())?;
            // `used` bytes of NUL-terminated names.
            let bytes: Vec<u8> = buffer[..used as usize].iter().map(|c| *c as u8).collect();
            return Ok(bytes
                .split(|b| *b == 0)
                .filter(|name| !name.is_empty())
                .map(|name| String::from_utf8_lossy(name).into_owned())
                .collect());
        }
    }

    /// Opens the image read-only (no watch: cheaper), at `snapshot` when given.
    pub fn open_read_only(&self, name: &str, snapshot: Option<&str>) -> RbdResult<Image<'_>> {
        self.open_with(name, snapshot, ffi::rbd_open_read_only)
    }

    fn open_with(
        &self,
        name: &str,
        snapshot: Option<&str>,
        open: unsafe extern "C" fn(
            ffi::rados_ioctx_t,
            *const c_char,
            *mut ffi::rbd_image_t,
            *const c_char,
        ) -> c_int,
    ) -> RbdResult<Image<'_>> {
        let n = cstring(name)?;
        let s = snapshot.map(cstring).transpose()?;
        let mut image: ffi::rbd_image_t = ptr::null_mut();
        let snap_ptr = s.as_ref().map_or(ptr::null(), |s| s.as_ptr());
        // SAFETY: `open` is rbd_open or rbd_open_read_only; `io` is open; `image` is a
        // valid out-pointer; the strings outlive the call.
        let rc = unsafe { open(self.io, n.as_ptr(), &mut image, snap_ptr) };
        check(rc, || format!("cannot open image {name}"))?;
        Ok(Image {
            handle: image,
            name: name.to_owned(),
            _pool: PhantomData,
        })
    }
}

/// An open image (`rbd_image_t`), closed on drop.
pub struct Image<'a> {
    handle: ffi::rbd_image_t,
    name: String,
    _pool: PhantomData<&'a Pool<'a>>,
}

impl Drop for Image<'_> {
    fn drop(&mut self) {
        // SAFETY: `handle` came from rbd_open and is closed once, here.
        unsafe { ffi::rbd_close(self.handle) };
    }
}

/// Where a clone's data comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParentSpec {
    pub pool: String,
    pub image: String,
    pub snapshot: String,
}

/// Receives progress in hundredths of a percent.
pub type OnProgress<'a> = &'a dyn Fn(u64);

/// The progress callback's context.
struct ProgressContext<'a> {
    on_progress: OnProgress<'a>,
    cancel: Option<&'a Cancel>,
}

/// librbd's progress callback: moves the bar, and returns `-ECANCELED` once Ctrl-C was
/// pressed, which makes librbd stop the operation cleanly (in-flight object requests
/// complete; a flatten leaves a valid clone).
unsafe extern "C" fn progress_trampoline(offset: u64, total: u64, data: *mut c_void) -> c_int {
    // SAFETY: `data` is the `ProgressContext` the caller passed for the duration of the
    // librbd call that invokes this callback.
    let context = unsafe { &*(data as *const ProgressContext<'_>) };
    (context.on_progress)(offset.saturating_mul(10_000) / total.max(1));
    if context.cancel.is_some_and(Cancel::is_cancelled) {
        -libc::ECANCELED
    } else {
        0
    }
}

impl Image<'_> {
    /// The image's id (which names it in the trash).
    pub fn id(&self) -> RbdResult<String> {
        let mut buffer = vec![0 as c_char; 64];
        // SAFETY: the image is open; `buffer` is writable for its length.
        let rc = unsafe { ffi::rbd_get_id(self.handle, buffer.as_mut_ptr(), buffer.len()) };
        check(rc, || format!("cannot read the id of {}", self.name))?;
        Ok(owned_text(buffer.as_ptr()))
    }

    pub fn size(&self) -> RbdResult<u64> {
        let mut size = 0u64;
        // SAFETY: the image is open; `size` is a valid out-pointer.
        let rc = unsafe { ffi::rbd_get_size(self.handle, &mut size) };
        check(rc, || format!("cannot read the size of {}", self.name))?;
        Ok(size)
    }

    pub fn resize(&self, size: u64) -> RbdResult<()> {
        // librbd calls the callback unconditionally: it must never be NULL.
        let context = ProgressContext {
            on_progress: &|_| {},
            cancel: None,
        };
        let data = &context as *const ProgressContext<'_> as *mut c_void;
        // SAFETY: the image is open; growing only (allow_shrink = false); `context` outlives
        // the call.
        let rc =
            unsafe { ffi::rbd_resize2(self.handle, size, false, Some(progress_trampoline), data) };
        check(rc, || format!("cannot resize {}", self.name))?;
        Ok(())
    }

    /// The clone's parent, or `None` for an independent image.
    pub fn parent(&self) -> RbdResult<Option<ParentSpec>> {
        // SAFETY: zeroed specs are valid inputs (NULL pointers) for rbd_get_parent to fill.
        let mut image: ffi::rbd_linked_image_spec_t = unsafe { std::mem::zeroed() };
        // SAFETY: as above.
        let mut snap: ffi::rbd_snap_spec_t = unsafe { std::mem::zeroed() };
        // SAFETY: the image is open; both out-pointers are valid.
        let rc = unsafe { ffi::rbd_get_parent(self.handle, &mut image, &mut snap) };
        if rc == -libc::ENOENT {
            return Ok(None);
        }
        check(rc, || format!("cannot read the parent of {}", self.name))?;
        let spec = ParentSpec {
            pool: owned_text(image.pool_name),
            image: owned_text(image.image_name),
            snapshot: owned_text(snap.name),
        };
        // SAFETY: both were filled by rbd_get_parent and are cleaned up once.
        unsafe {
            ffi::rbd_linked_image_spec_cleanup(&mut image);
            ffi::rbd_snap_spec_cleanup(&mut snap);
        }
        Ok(Some(spec))
    }

    pub fn snap_exists(&self, snapshot: &str) -> RbdResult<bool> {
        let s = cstring(snapshot)?;
        let mut exists = false;
        // SAFETY: the image is open; `exists` is a valid out-pointer.
        let rc = unsafe { ffi::rbd_snap_exists(self.handle, s.as_ptr(), &mut exists) };
        check(rc, || {
            format!("cannot look up snapshot {}@{snapshot}", self.name)
        })?;
        Ok(exists)
    }

    pub fn snap_create(&self, snapshot: &str) -> RbdResult<()> {
        self.snap_call(snapshot, "create snapshot", ffi::rbd_snap_create)
    }

    pub fn snap_remove(&self, snapshot: &str) -> RbdResult<()> {
        self.snap_call(snapshot, "remove snapshot", ffi::rbd_snap_remove)
    }

    pub fn snap_protect(&self, snapshot: &str) -> RbdResult<()> {
        self.snap_call(snapshot, "protect snapshot", ffi::rbd_snap_protect)
    }

    pub fn snap_unprotect(&self, snapshot: &str) -> RbdResult<()> {
        self.snap_call(snapshot, "unprotect snapshot", ffi::rbd_snap_unprotect)
    }

    pub fn snap_is_protected(&self, snapshot: &str) -> RbdResult<bool> {
        let s = cstring(snapshot)?;
        let mut protected: c_int = 0;
        // SAFETY: the image is open; `protected` is a valid out-pointer.
        let rc = unsafe { ffi::rbd_snap_is_protected(self.handle, s.as_ptr(), &mut protected) };
        check(rc, || {
            format!("cannot read protection of {}@{snapshot}", self.name)
        })?;
        Ok(protected != 0)
    }

    fn snap_call(
        &self,
        snapshot: &str,
        what: &str,
        call: unsafe extern "C" fn(ffi::rbd_image_t, *const c_char) -> c_int,
    ) -> RbdResult<()> {
        let s = cstring(snapshot)?;
        // SAFETY: `call` is one of librbd's (image, snapshot name) functions; the image is
        // open and `s` outlives the call.
        let rc = unsafe { call(self.handle, s.as_ptr()) };
        check(rc, || format!("cannot {what} {}@{snapshot}", self.name))?;
        Ok(())
    }

    /// Copies the parent's data into this clone (librbd progress drives the bar).
    pub fn flatten(&self, on_progress: OnProgress<'_>, cancel: &Cancel) -> RbdResult<()> {
        let context = ProgressContext {
            on_progress,
            cancel: Some(cancel),
        };
        let data = &context as *const ProgressContext<'_> as *mut c_void;
        // SAFETY: the image is open; `context` outlives the call that uses it.
        let rc =
            unsafe { ffi::rbd_flatten_with_progress(self.handle, Some(progress_trampoline), data) };
        check(rc, || format!("cannot flatten {}", self.name))?;
        Ok(())
    }

    /// Rolls the image back to `snapshot` (its data since is discarded).
    pub fn rollback(
        &self,
        snapshot: &str,
        on_progress: OnProgress<'_>,
        cancel: &Cancel,
    ) -> RbdResult<()> {
        let s = cstring(snapshot)?;
        let context = ProgressContext {
            on_progress,
            cancel: Some(cancel),
        };
        let data = &context as *const ProgressContext<'_> as *mut c_void;
        // SAFETY: the image is open; `s` and `context` outlive the call.
        let rc = unsafe {
            ffi::rbd_snap_rollback_with_progress(
                self.handle,
                s.as_ptr(),
                Some(progress_trampoline),
                data,
            )
        };
        check(rc, || {
            format!("cannot roll {} back to {snapshot}", self.name)
        })?;
        Ok(())
    }
}

/// An image opened for streaming I/O from many threads, owning its pool handle and a
/// reference to its cluster (librbd image handles are thread-safe for I/O).
pub struct StreamImage {
    _cluster: std::sync::Arc<Cluster>,
    io: ffi::rados_ioctx_t,
    handle: ffi::rbd_image_t,
    name: String,
}

// SAFETY: librados I/O contexts and librbd image handles may be used from any thread;
// librbd serialises what must be serialised internally.
unsafe impl Send for StreamImage {}
// SAFETY: as above; reads and writes through `&StreamImage` are librbd I/O calls.
unsafe impl Sync for StreamImage {}

impl Drop for StreamImage {
    fn drop(&mut self) {
        // SAFETY: both handles were opened in `open` and are released once, image first.
        unsafe {
            ffi::rbd_close(self.handle);
            ffi::rados_ioctx_destroy(self.io);
        }
    }
}

/// `rbd_diff_iterate2`'s callback: collects the extents that exist (data, not discards).
unsafe extern "C" fn collect_extent(
    offset: u64,
    len: usize,
    exists: c_int,
    arg: *mut c_void,
) -> c_int {
    // SAFETY: `arg` is the `Vec` `diff` passes for the duration of the call.
    let extents = unsafe { &mut *(arg as *mut Vec<(u64, u64, bool)>) };
    extents.push((offset, len as u64, exists != 0));
    0
}

impl StreamImage {
    /// Opens `pool/name` (at `snapshot`, read-only, when given).
    pub fn open(
        cluster: &std::sync::Arc<Cluster>,
        pool: &str,
        name: &str,
        snapshot: Option<&str>,
    ) -> RbdResult<StreamImage> {
        let (p, n) = (cstring(pool)?, cstring(name)?);
        let s = snapshot.map(cstring).transpose()?;
        let mut io: ffi::rados_ioctx_t = ptr::null_mut();
        // SAFETY: the cluster is connected; `io` is a valid out-pointer.
        let rc = unsafe { ffi::rados_ioctx_create(cluster.handle, p.as_ptr(), &mut io) };
        check(rc, || format!("cannot open pool {pool}"))?;
        let mut handle: ffi::rbd_image_t = ptr::null_mut();
        // SAFETY: `io` is open; the strings outlive the call; `handle` is an out-pointer.
        let rc = unsafe {
            match &s {
                Some(snap) => ffi::rbd_open_read_only(io, n.as_ptr(), &mut handle, snap.as_ptr()),
                None => ffi::rbd_open(io, n.as_ptr(), &mut handle, ptr::null()),
            }
        };
        if rc < 0 {
            // SAFETY: `io` was created above and is not used again.
            unsafe { ffi::rados_ioctx_destroy(io) };
        }
        check(rc, || format!("cannot open image {name}"))?;
        Ok(StreamImage {
            _cluster: std::sync::Arc::clone(cluster),
            io,
            handle,
            name: name.to_owned(),
        })
    }

    pub fn size(&self) -> RbdResult<u64> {
        let mut size = 0u64;
        // SAFETY: the image is open; `size` is a valid out-pointer.
        let rc = unsafe { ffi::rbd_get_size(self.handle, &mut size) };
        check(rc, || format!("cannot read the size of {}", self.name))?;
        Ok(size)
    }

    pub fn read_at(&self, buf: &mut [u8], offset: u64) -> RbdResult<()> {
        // SAFETY: the image is open; `buf` is writable for its length.
        let n = unsafe {
            ffi::rbd_read(
                self.handle,
                offset,
                buf.len(),
                buf.as_mut_ptr().cast::<c_char>(),
            )
        };
        let n = check_len(n, || format!("cannot read {} at {offset}", self.name))?;
        // A short read is the end of the image: the rest reads as zeros.
        buf[n..].fill(0);
        Ok(())
    }

    pub fn write_at(&self, buf: &[u8], offset: u64) -> RbdResult<()> {
        // SAFETY: the image is open; `buf` is readable for its length.
        let n = unsafe {
            ffi::rbd_write(
                self.handle,
                offset,
                buf.len(),
                buf.as_ptr().cast::<c_char>(),
            )
        };
        let n = check_len(n, || format!("cannot write {} at {offset}", self.name))?;
        if n != buf.len() {
            return Err(RbdError {
                what: format!("short write to {} at {offset}", self.name),
                errno: libc::EIO,
            });
        }
        Ok(())
    }

    /// Makes `len` bytes at `offset` read as zeros (whatever `rbd_skip_partial_discard`
    /// says, unlike a discard).
    pub fn write_zeroes(&self, offset: u64, len: u64) -> RbdResult<()> {
        let len_usize = usize::try_from(len).map_err(|_| RbdError {
            what: format!("zero range of {len} bytes is too large"),
            errno: libc::EINVAL,
        })?;
        // SAFETY: the image is open.
        let n = unsafe { ffi::rbd_write_zeroes(self.handle, offset, len_usize, 0, 0) };
        check_len(n, || format!("cannot zero {} at {offset}", self.name))?;
        Ok(())
    }

    pub fn flush(&self) -> RbdResult<()> {
        // SAFETY: the image is open.
        let rc = unsafe { ffi::rbd_flush(self.handle) };
        check(rc, || format!("cannot flush {}", self.name))?;
        Ok(())
    }

    /// The extents written since `from_snapshot` (or allocated at all, parent included,
    /// with `None`): (offset, length, exists).
    pub fn diff(&self, from_snapshot: Option<&str>) -> RbdResult<Vec<(u64, u64, bool)>> {
        let from = from_snapshot.map(cstring).transpose()?;
        let size = self.size()?;
        let mut extents: Vec<(u64, u64, bool)> = Vec::new();
        let arg = &mut extents as *mut Vec<(u64, u64, bool)> as *mut c_void;
        // SAFETY: the image is open; `from` and `extents` outlive the call, during which
        // librbd calls `collect_extent` with `arg`.
        let rc = unsafe {
            ffi::rbd_diff_iterate2(
                self.handle,
                from.as_ref().map_or(ptr::null(), |f| f.as_ptr()),
                0,
                size,
                u8::from(from_snapshot.is_none()),
                0,
                Some(collect_extent),
                arg,
            )
        };
        check(rc, || format!("cannot list the changes of {}", self.name))?;
        extents.sort_unstable();
        Ok(extents)
    }

    /// The names of the image's snapshots.
    pub fn snapshots(&self) -> RbdResult<Vec<String>> {
        let mut max: c_int = 16;
        loop {
            // SAFETY: zeroed infos are valid for rbd_snap_list to fill.
            let mut infos: Vec<ffi::rbd_snap_info_t> =
                (0..max).map(|_| unsafe { std::mem::zeroed() }).collect();
            // SAFETY: the image is open; `infos` holds `max` entries.
            let rc = unsafe { ffi::rbd_snap_list(self.handle, infos.as_mut_ptr(), &mut max) };
            if rc == -libc::ERANGE {
                continue; // `max` now holds the needed count
            }
            let count = check(rc, || format!("cannot list the snapshots of {}", self.name))?;
            let names = infos[..count as usize]
                .iter()
                .map(|i| owned_text(i.name))
                .collect();
            // SAFETY: filled by rbd_snap_list; released once.
            unsafe { ffi::rbd_snap_list_end(infos.as_mut_ptr()) };
            return Ok(names);
        }
    }

    /// The image's metadata value for `key`, if set.
    pub fn metadata(&self, key: &str) -> RbdResult<Option<String>> {
        let k = cstring(key)?;
        let mut len: usize = 4096;
        loop {
            let mut buffer = vec![0 as c_char; len];
            // SAFETY: the image is open; `buffer` is writable for `len` bytes.
            let rc = unsafe {
                ffi::rbd_metadata_get(self.handle, k.as_ptr(), buffer.as_mut_ptr(), &mut len)
            };
            if rc == -libc::ERANGE {
                continue; // `len` now holds the size needed
            }
            if rc == -libc::ENOENT {
                return Ok(None);
            }
            check(rc, || {
                format!("cannot read metadata {key} of {}", self.name)
            })?;
            return Ok(Some(owned_text(buffer.as_ptr())));
        }
    }

    pub fn set_metadata(&self, key: &str, value: &str) -> RbdResult<()> {
        let (k, v) = (cstring(key)?, cstring(value)?);
        // SAFETY: the image is open; both strings outlive the call.
        let rc = unsafe { ffi::rbd_metadata_set(self.handle, k.as_ptr(), v.as_ptr()) };
        check(rc, || format!("cannot set metadata {key} of {}", self.name))?;
        Ok(())
    }

    pub fn snap_create(&self, snapshot: &str) -> RbdResult<()> {
        let s = cstring(snapshot)?;
        // SAFETY: the image is open; `s` outlives the call.
        let rc = unsafe { ffi::rbd_snap_create(self.handle, s.as_ptr()) };
        check(rc, || {
            format!("cannot create snapshot {}@{snapshot}", self.name)
        })?;
        Ok(())
    }

    pub fn snap_remove(&self, snapshot: &str) -> RbdResult<()> {
        let s = cstring(snapshot)?;
        // SAFETY: the image is open; `s` outlives the call.
        let rc = unsafe { ffi::rbd_snap_remove(self.handle, s.as_ptr()) };
        check(rc, || {
            format!("cannot remove snapshot {}@{snapshot}", self.name)
        })?;
        Ok(())
    }
}

/// The monitor addresses in `mon dump --format json`: each monitor's v1 address, else its
/// first one, without the `/nonce`.
fn parse_monitors(dump: &str) -> Vec<String> {
    let Ok(value) = serde_json::from_str::<serde_json::Value>(dump) else {
        return Vec::new();
    };
    let mons = value["mons"].as_array().cloned().unwrap_or_default();
    mons.iter()
        .filter_map(|mon| {
            let addrs = mon["public_addrs"]["addrvec"].as_array();
            let v1 = addrs.and_then(|a| a.iter().find(|x| x["type"] == "v1"));
            let chosen = v1
                .or_else(|| addrs.and_then(|a| a.first()))
                .and_then(|x| x["addr"].as_str())
                .or_else(|| mon["addr"].as_str())?;
            Some(chosen.split('/').next().unwrap_or(chosen).to_owned())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn monitor_addresses_prefer_v1() {
        let dump = r#"{"mons": [
            {"name": "a", "public_addrs": {"addrvec": [
                {"type": "v2", "addr": "10.0.0.1:3300", "nonce": 0},
                {"type": "v1", "addr": "10.0.0.1:6789", "nonce": 0}]},
             "addr": "10.0.0.1:6789/0"},
            {"name": "b", "addr": "10.0.0.2:6789/0"}]}"#;
        assert_eq!(
            super::parse_monitors(dump),
            vec!["10.0.0.1:6789", "10.0.0.2:6789"]
        );
    }
}
