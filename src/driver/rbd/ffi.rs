//! Hand-written declarations of the librados and librbd functions blockctl uses
//! (`rados/librados.h`, `rbd/librbd.h`, Ceph 16). Only safe wrappers in `client.rs` call
//! them.

#![allow(non_camel_case_types)]

use std::ffi::{c_char, c_int, c_void};

pub type rados_t = *mut c_void;
pub type rados_ioctx_t = *mut c_void;
pub type rbd_image_t = *mut c_void;
pub type rbd_image_options_t = *mut c_void;
pub type librbd_progress_fn_t =
    Option<unsafe extern "C" fn(offset: u64, total: u64, ptr: *mut c_void) -> c_int>;

#[repr(C)]
#[derive(Debug, Default)]
pub struct rados_cluster_stat_t {
    pub kb: u64,
    pub kb_used: u64,
    pub kb_avail: u64,
    pub num_objects: u64,
}

#[repr(C)]
#[derive(Debug)]
pub struct rbd_linked_image_spec_t {
    pub pool_id: i64,
    pub pool_name: *mut c_char,
    pub pool_namespace: *mut c_char,
    pub image_id: *mut c_char,
    pub image_name: *mut c_char,
    pub trash: bool,
}

#[repr(C)]
#[derive(Debug)]
pub struct rbd_snap_spec_t {
    pub id: u64,
    /// `rbd_snap_namespace_type_t`, a C enum.
    pub namespace_type: c_int,
    pub name: *mut c_char,
}

#[repr(C)]
#[derive(Debug)]
pub struct rbd_snap_info_t {
    pub id: u64,
    pub size: u64,
    pub name: *const c_char,
}

/// `rbd_diff_iterate2`'s callback: (offset, length, exists, arg).
pub type rbd_diff_cb_t =
    Option<unsafe extern "C" fn(offset: u64, len: usize, exists: c_int, arg: *mut c_void) -> c_int>;

#[link(name = "rados")]
unsafe extern "C" {
    pub fn rados_create(cluster: *mut rados_t, id: *const c_char) -> c_int;
    pub fn rados_conf_read_file(cluster: rados_t, path: *const c_char) -> c_int;
    pub fn rados_conf_set(cluster: rados_t, option: *const c_char, value: *const c_char) -> c_int;
    pub fn rados_connect(cluster: rados_t) -> c_int;
    pub fn rados_wait_for_latest_osdmap(cluster: rados_t) -> c_int;
    pub fn rados_shutdown(cluster: rados_t);
    pub fn rados_cluster_stat(cluster: rados_t, result: *mut rados_cluster_stat_t) -> c_int;
    pub fn rados_mon_command(
        cluster: rados_t,
        cmd: *mut *const c_char,
        cmdlen: usize,
        inbuf: *const c_char,
        inbuflen: usize,
        outbuf: *mut *mut c_char,
        outbuflen: *mut usize,
        outs: *mut *mut c_char,
        outslen: *mut usize,
    ) -> c_int;
    pub fn rados_buffer_free(buf: *mut c_char);
    pub fn rados_ioctx_create(
        cluster: rados_t,
        pool_name: *const c_char,
        ioctx: *mut rados_ioctx_t,
    ) -> c_int;
    pub fn rados_ioctx_destroy(io: rados_ioctx_t);
}

#[link(name = "rbd")]
unsafe extern "C" {
    pub fn rbd_image_options_create(opts: *mut rbd_image_options_t);
    pub fn rbd_image_options_destroy(opts: rbd_image_options_t);
    pub fn rbd_linked_image_spec_cleanup(image: *mut rbd_linked_image_spec_t);
    pub fn rbd_snap_spec_cleanup(snap: *mut rbd_snap_spec_t);

    pub fn rbd_create4(
        io: rados_ioctx_t,
        name: *const c_char,
        size: u64,
        opts: rbd_image_options_t,
    ) -> c_int;
    pub fn rbd_clone3(
        p_ioctx: rados_ioctx_t,
        p_name: *const c_char,
        p_snapname: *const c_char,
        c_ioctx: rados_ioctx_t,
        c_name: *const c_char,
        c_opts: rbd_image_options_t,
    ) -> c_int;
    pub fn rbd_remove_with_progress(
        io: rados_ioctx_t,
        name: *const c_char,
        cb: librbd_progress_fn_t,
        cbdata: *mut c_void,
    ) -> c_int;

    pub fn rbd_open(
        io: rados_ioctx_t,
        name: *const c_char,
        image: *mut rbd_image_t,
        snap_name: *const c_char,
    ) -> c_int;
    pub fn rbd_open_read_only(
        io: rados_ioctx_t,
        name: *const c_char,
        image: *mut rbd_image_t,
        snap_name: *const c_char,
    ) -> c_int;
    pub fn rbd_open_by_id(
        io: rados_ioctx_t,
        id: *const c_char,
        image: *mut rbd_image_t,
        snap_name: *const c_char,
    ) -> c_int;
    pub fn rbd_close(image: rbd_image_t) -> c_int;
    pub fn rbd_get_id(image: rbd_image_t, id: *mut c_char, id_len: usize) -> c_int;
    pub fn rbd_trash_move(io: rados_ioctx_t, name: *const c_char, delay: u64) -> c_int;
    pub fn rbd_trash_remove(io: rados_ioctx_t, id: *const c_char, force: bool) -> c_int;
    pub fn rbd_get_size(image: rbd_image_t, size: *mut u64) -> c_int;
    pub fn rbd_resize2(
        image: rbd_image_t,
        size: u64,
        allow_shrink: bool,
        cb: librbd_progress_fn_t,
        cbdata: *mut c_void,
    ) -> c_int;
    pub fn rbd_get_parent(
        image: rbd_image_t,
        parent_image: *mut rbd_linked_image_spec_t,
        parent_snap: *mut rbd_snap_spec_t,
    ) -> c_int;
    pub fn rbd_flatten_with_progress(
        image: rbd_image_t,
        cb: librbd_progress_fn_t,
        cbdata: *mut c_void,
    ) -> c_int;

    pub fn rbd_snap_exists(image: rbd_image_t, snapname: *const c_char, exists: *mut bool)
    -> c_int;
    pub fn rbd_snap_create(image: rbd_image_t, snapname: *const c_char) -> c_int;
    pub fn rbd_snap_remove(image: rbd_image_t, snapname: *const c_char) -> c_int;
    pub fn rbd_snap_protect(image: rbd_image_t, snap_name: *const c_char) -> c_int;
    pub fn rbd_snap_unprotect(image: rbd_image_t, snap_name: *const c_char) -> c_int;
    pub fn rbd_snap_is_protected(
        image: rbd_image_t,
        snap_name: *const c_char,
        is_protected: *mut c_int,
    ) -> c_int;
    pub fn rbd_read(image: rbd_image_t, ofs: u64, len: usize, buf: *mut c_char) -> isize;
    pub fn rbd_write(image: rbd_image_t, ofs: u64, len: usize, buf: *const c_char) -> isize;
    pub fn rbd_write_zeroes(
        image: rbd_image_t,
        ofs: u64,
        len: usize,
        zero_flags: c_int,
        op_flags: c_int,
    ) -> isize;
    pub fn rbd_flush(image: rbd_image_t) -> c_int;
    pub fn rbd_diff_iterate2(
        image: rbd_image_t,
        fromsnapname: *const c_char,
        ofs: u64,
        len: u64,
        include_parent: u8,
        whole_object: u8,
        cb: rbd_diff_cb_t,
        arg: *mut c_void,
    ) -> c_int;
    pub fn rbd_list(io: rados_ioctx_t, names: *mut c_char, size: *mut usize) -> c_int;
    pub fn rbd_metadata_get(
        image: rbd_image_t,
        key: *const c_char,
        value: *mut c_char,
        val_len: *mut usize,
    ) -> c_int;
    pub fn rbd_metadata_set(image: rbd_image_t, key: *const c_char, value: *const c_char) -> c_int;
    pub fn rbd_snap_list(
        image: rbd_image_t,
        snaps: *mut rbd_snap_info_t,
        max_snaps: *mut c_int,
    ) -> c_int;
    pub fn rbd_snap_list_end(snaps: *mut rbd_snap_info_t);
    pub fn rbd_snap_rollback_with_progress(
        image: rbd_image_t,
        snapname: *const c_char,
        cb: librbd_progress_fn_t,
        cbdata: *mut c_void,
    ) -> c_int;
}
