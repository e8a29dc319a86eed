//! Typed domain errors. A small [`ErrorKind`] decides the process exit code.

use std::fmt;

/// What went wrong, as far as a caller (and the exit code) cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Bad arguments or input: nothing was changed.
    Usage,
    /// The named resource does not exist.
    NotFound,
    /// A reference matched several resources.
    Ambiguous,
    /// The resource is in a status that does not allow the operation, or conflicts.
    InvalidState,
    /// A quota would be exceeded.
    QuotaExceeded,
    /// The storage backend or an external tool failed.
    Backend,
    /// The operation was interrupted (Ctrl-C); its flow was reverted.
    Interrupted,
    /// Anything else: a bug or an unexpected environment.
    Internal,
}

impl ErrorKind {
    /// The documented, stable exit code (README "Exit codes").
    pub fn exit_code(self) -> i32 {
        match self {
            ErrorKind::Internal => 1,
            ErrorKind::Usage => 2,
            ErrorKind::NotFound => 3,
            ErrorKind::Ambiguous => 4,
            ErrorKind::InvalidState => 5,
            ErrorKind::QuotaExceeded => 6,
            ErrorKind::Backend => 7,
            ErrorKind::Interrupted => 130,
        }
    }
}

/// A domain error: a kind and one clear sentence.
#[derive(Debug, Clone)]
pub struct Error {
    pub kind: ErrorKind,
    message: String,
}

impl Error {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
        }
    }
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Usage, message)
    }
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::NotFound, message)
    }
    pub fn invalid_state(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::InvalidState, message)
    }
    pub fn backend(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Backend, message)
    }
    pub fn interrupted() -> Self {
        Self::new(ErrorKind::Interrupted, "interrupted")
    }
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

pub type Result<T, E = anyhow::Error> = std::result::Result<T, E>;

/// The kind of the first domain [`Error`] in an error's chain ([`ErrorKind::Internal`] if none).
pub fn kind_of(err: &anyhow::Error) -> ErrorKind {
    err.chain()
        .find_map(|cause| cause.downcast_ref::<Error>())
        .map_or(ErrorKind::Internal, |e| e.kind)
}

/// The sentence of the first domain [`Error`] in an error's chain (else the whole chain).
pub fn message_of(err: &anyhow::Error) -> String {
    err.chain()
        .find_map(|e| e.downcast_ref::<Error>())
        .map_or_else(|| format!("{err:#}"), |e| e.message().to_owned())
}

/// Whether the chain contains a broken pipe (stdout closed by `| head`): not an error.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain()
        .filter_map(|c| c.downcast_ref::<std::io::Error>())
        .any(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
}
