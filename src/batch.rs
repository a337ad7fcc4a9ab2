//! Batch processing: documents flow through in bounded chunks, analysed in
//! parallel and written in input order, so memory stays bounded and output
//! is identical whatever the thread count.

use crate::entities::EntityType;
use crate::input::{decode, DecodeOptions, InputFile};
use crate::output::{DocOutput, Rendered, Writer};
use crate::pipeline::Pipeline;
use crate::Result;
use rayon::prelude::*;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// Documents analysed at once; bounds memory to this many documents.
pub const CHUNK: usize = 64;

/// Totals for the summary line.
#[derive(Debug, Default, Clone)]
pub struct Summary {
    pub files: usize,
    pub errors: Vec<(String, String)>,
    pub bytes: u64,
    pub sentences: usize,
    pub directives: usize,
    pub entities: [usize; 5],
}

impl Summary {
    pub fn add(&mut self, d: &DocOutput, bytes: u64) {
        self.files += 1;
        self.bytes += bytes;
        if d.doc.status != "ok" {
            self.errors.push((d.doc.path.clone(), d.doc.status.clone()));
        }
        self.sentences += d.sentences.len();
        self.directives += d.directives.len();
        for e in &d.entities {
            let k = EntityType::ALL.iter().position(|t| *t == e.ty).unwrap_or(0);
            self.entities[k] += 1;
        }
    }

    pub fn line(&self, seconds: f64) -> String {
        let ents: Vec<String> = EntityType::ALL
            .iter()
            .zip(self.entities)
            .map(|(t, n)| format!("{} {n}", t.as_str()))
            .collect();
        format!(
            "{} files, {} sentences, entities: {}, {} directives, {} errors, {:.2} s, {:.1} MB/s",
            self.files,
            self.sentences,
            ents.join(", "),
            self.directives,
            self.errors.len(),
            seconds,
            self.bytes as f64 / 1e6 / seconds.max(1e-9)
        )
    }
}

/// Analyse one text, turning a panic into an error row rather than losing
/// the file or the batch.
pub fn analyse_text(p: &Pipeline, doc_id: &str, path: &str, text: String) -> DocOutput {
    match catch_unwind(AssertUnwindSafe(|| {
        let a = p.analyse(text);
        DocOutput::from_analysis(doc_id, path, &a)
    })) {
        Ok(d) => d,
        Err(_) => DocOutput::failed(
            doc_id,
            path,
            "internal error while analysing (please report)",
        ),
    }
}

/// Read, decode and analyse one file; every failure becomes an error row.
pub fn process_file(p: &Pipeline, f: &InputFile, opts: DecodeOptions) -> (DocOutput, u64) {
    let path = f.path.display().to_string();
    let bytes = match std::fs::read(&f.path) {
        Ok(b) => b,
        Err(e) => return (DocOutput::failed(&f.doc_id, &path, &e.to_string()), 0),
    };
    let n = bytes.len() as u64;
    match decode(&bytes, opts) {
        Ok(text) => (analyse_text(p, &f.doc_id, &path, text), n),
        Err(e) => (DocOutput::failed(&f.doc_id, &path, &e.to_string()), n),
    }
}

/// Process files in order, in parallel chunks, writing each document's rows.
/// Rows are rendered to bytes on the workers; writing runs on its own
/// thread, one chunk behind the analysis, so the cores are not idle while
/// rows are written; at most two chunks are in memory at once.
pub fn run(
    p: &Pipeline,
    files: &[InputFile],
    opts: DecodeOptions,
    writer: &mut Writer,
    mut progress: impl FnMut(u64) + Send,
) -> Result<Summary> {
    type Done = (DocOutput, u64, Result<Rendered>);
    let renderer = writer.renderer();
    let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Done>>(1);
    std::thread::scope(|scope| {
        let writing = scope.spawn(move || -> Result<Summary> {
            let mut summary = Summary::default();
            for done in rx {
                for (d, n, rendered) in done {
                    writer.write_rendered(&rendered?)?;
                    summary.add(&d, n);
                    progress(n);
                }
            }
            Ok(summary)
        });
        for chunk in files.chunks(CHUNK) {
            let done: Vec<Done> = chunk
                .par_iter()
                .map(|f| {
                    let (d, n) = process_file(p, f, opts);
                    let rendered = renderer.render(&d);
                    (d, n, rendered)
                })
                .collect();
            if tx.send(done).is_err() {
                // The writer stopped on an error; it reports it below.
                break;
            }
        }
        drop(tx);
        writing
            .join()
            .unwrap_or_else(|_| Err(crate::Error::Other("the writer thread panicked".into())))
    })
}
