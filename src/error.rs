//! The library's one error type: every variant names the file (and line)
//! it is about, so a message is actionable on its own.

use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}:{line}: {msg}", path.display())]
    Dict {
        path: PathBuf,
        line: usize,
        msg: String,
    },
    #[error("{}:{line}: {msg}", path.display())]
    Gold {
        path: PathBuf,
        line: usize,
        msg: String,
    },
    #[error("{msg}")]
    Decode { msg: String },
    #[error("{0}")]
    Other(String),
}

impl Error {
    pub fn io(path: &Path, source: std::io::Error) -> Error {
        Error::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}

pub type Result<T> = std::result::Result<T, Error>;
