//! Finding input files and decoding them into text.

use crate::error::{Error, Result};
use std::path::{Path, PathBuf};

/// How to turn bytes into text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Encoding {
    /// UTF-8, or UTF-16 when a BOM says so.
    #[default]
    Auto,
    /// Windows-1258 (Vietnamese code page).
    Windows1258,
}

#[derive(Debug, Clone, Copy, Default)]
pub struct DecodeOptions {
    pub encoding: Encoding,
    /// Replace invalid UTF-8 with U+FFFD instead of failing.
    pub lossy: bool,
}

/// Decode a file's bytes; the BOM is not part of the text.
pub fn decode(bytes: &[u8], opts: DecodeOptions) -> Result<String> {
    if opts.encoding == Encoding::Windows1258 {
        let (text, _, bad) = encoding_rs::WINDOWS_1258.decode(bytes);
        if bad && !opts.lossy {
            return Err(Error::Decode {
                msg: "not valid Windows-1258 text".into(),
            });
        }
        return Ok(text.into_owned());
    }
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return utf8(rest, opts.lossy, 3);
    }
    for (bom, enc) in [
        (&[0xFF, 0xFE][..], encoding_rs::UTF_16LE),
        (&[0xFE, 0xFF][..], encoding_rs::UTF_16BE),
    ] {
        if let Some(rest) = bytes.strip_prefix(bom) {
            let (text, bad) = enc.decode_without_bom_handling(rest);
            if bad && !opts.lossy {
                return Err(Error::Decode {
                    msg: format!("invalid {} text", enc.name()),
                });
            }
            return Ok(text.into_owned());
        }
    }
    if let Some(p) = memchr::memchr(0, bytes) {
        return Err(Error::Decode {
            msg: format!("binary file (NUL byte at offset {p})"),
        });
    }
    utf8(bytes, opts.lossy, 0)
}

fn utf8(bytes: &[u8], lossy: bool, skipped: usize) -> Result<String> {
    // encoding_rs validates several times faster than the standard library
    // on Vietnamese text; the standard library says where a bad byte is.
    if let Some(text) =
        encoding_rs::UTF_8.decode_without_bom_handling_and_without_replacement(bytes)
    {
        return Ok(text.into_owned());
    }
    if lossy {
        return Ok(String::from_utf8_lossy(bytes).into_owned());
    }
    let at = std::str::from_utf8(bytes).map_or_else(|e| e.valid_up_to(), |_| bytes.len());
    Err(Error::Decode {
        msg: format!(
            "invalid UTF-8 at byte offset {} (use --lossy to replace bad bytes, or --encoding windows-1258)",
            at + skipped
        ),
    })
}

/// One input document: where it is and the id it is reported under.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct InputFile {
    pub doc_id: String,
    pub path: PathBuf,
}

/// Expand inputs: files as given, folders walked for files ending in one of
/// `exts`. Problems (unreadable folders, link loops) are returned as
/// documents with an error so that none is silently dropped.
pub fn collect(inputs: &[PathBuf], exts: &[String]) -> (Vec<InputFile>, Vec<(InputFile, String)>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for input in inputs {
        if input.is_dir() {
            for entry in walkdir::WalkDir::new(input)
                .follow_links(true)
                .sort_by_file_name()
            {
                match entry {
                    Ok(e) if e.file_type().is_file() => {
                        let p = e.path();
                        let name = p
                            .file_name()
                            .map(|n| n.to_string_lossy())
                            .unwrap_or_default();
                        if exts.iter().any(|x| name.ends_with(&format!(".{x}"))) {
                            files.push(InputFile {
                                doc_id: rel_id(input, p),
                                path: p.to_path_buf(),
                            });
                        }
                    }
                    Ok(_) => {}
                    Err(e) => {
                        let p = e
                            .path()
                            .map(Path::to_path_buf)
                            .unwrap_or_else(|| input.clone());
                        errors.push((
                            InputFile {
                                doc_id: rel_id(input, &p),
                                path: p,
                            },
                            if e.loop_ancestor().is_some() {
                                "symbolic link loop".to_string()
                            } else {
                                e.io_error()
                                    .map(|io| io.to_string())
                                    .unwrap_or_else(|| e.to_string())
                            },
                        ));
                    }
                }
            }
        } else {
            let id = input
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| input.display().to_string());
            files.push(InputFile {
                doc_id: id,
                path: input.clone(),
            });
        }
    }
    files.sort();
    files.dedup();
    (files, errors)
}

fn rel_id(root: &Path, p: &Path) -> String {
    let rel = p.strip_prefix(root).unwrap_or(p);
    let parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.is_empty() {
        p.display().to_string()
    } else {
        parts.join("/")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_boms_and_reports_bad_bytes() {
        let o = DecodeOptions::default();
        assert_eq!(decode(b"\xEF\xBB\xBFabc", o).unwrap(), "abc");
        assert_eq!(decode(b"\xFF\xFEa\x00b\x00", o).unwrap(), "ab");
        let e = decode(b"ab\xFFcd", o).unwrap_err().to_string();
        assert!(e.contains("byte offset 2"), "{e}");
        assert!(decode(b"a\x00b", o)
            .unwrap_err()
            .to_string()
            .contains("NUL"));
        let lossy = DecodeOptions { lossy: true, ..o };
        assert_eq!(decode(b"ab\xFFcd", lossy).unwrap(), "ab\u{FFFD}cd");
        let w = DecodeOptions {
            encoding: Encoding::Windows1258,
            ..o
        };
        // "Hà" in Windows-1258: H, a, combining grave (0xCC).
        assert_eq!(decode(b"Ha\xCC", w).unwrap(), "Ha\u{300}");
    }
}
