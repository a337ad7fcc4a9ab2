//! Output rows (offsets in code points of the original text) and the CSV
//! and JSON Lines writers. Files are written under temporary names and
//! renamed at the end, so an interrupted run leaves no complete-looking CSV.

use crate::entities::EntityType;
use crate::error::{Error, Result};
use crate::normalize::{CpIndex, Span};
use crate::pipeline::Analysis;
use serde::Serialize;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct DocumentRow {
    pub doc_id: String,
    pub path: String,
    pub status: String,
    pub chars: usize,
    pub sentences: usize,
    pub entities: usize,
    pub directives: usize,
    pub title: String,
    pub date: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SentenceRow {
    pub sent_id: usize,
    pub start: usize,
    pub end: usize,
    pub section: String,
    pub directive: bool,
    pub text: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EntityRow {
    pub sent_id: usize,
    pub start: usize,
    pub end: usize,
    #[serde(rename = "type")]
    pub ty: EntityType,
    pub text: String,
    pub canonical: String,
    pub source: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct RelationRow {
    pub sent_id: usize,
    pub person: String,
    pub title: String,
    pub canonical_title: String,
    pub org: String,
    pub person_start: usize,
    pub title_start: usize,
    pub former: bool,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct DirectiveRow {
    pub sent_id: usize,
    pub start: usize,
    pub end: usize,
    pub speaker: String,
    pub speaker_title: String,
    pub cue: String,
    pub addressee: String,
    pub score: f32,
    pub text: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PersonRow {
    pub person: String,
    pub titles: String,
    pub mentions: usize,
    pub first_start: usize,
}

/// All rows of one document.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct DocOutput {
    #[serde(flatten)]
    pub doc: DocumentRow,
    pub sentences: Vec<SentenceRow>,
    pub entities: Vec<EntityRow>,
    pub relations: Vec<RelationRow>,
    pub directives: Vec<DirectiveRow>,
    pub people: Vec<PersonRow>,
}

impl DocOutput {
    /// A document that could not be processed: it still gets its row.
    pub fn failed(doc_id: &str, path: &str, reason: &str) -> DocOutput {
        DocOutput {
            doc: DocumentRow {
                doc_id: doc_id.to_string(),
                path: path.to_string(),
                status: format!("error: {reason}"),
                chars: 0,
                sentences: 0,
                entities: 0,
                directives: 0,
                title: String::new(),
                date: String::new(),
            },
            sentences: vec![],
            entities: vec![],
            relations: vec![],
            directives: vec![],
            people: vec![],
        }
    }

    /// Build every row from an analysis.
    pub fn from_analysis(doc_id: &str, path: &str, a: &Analysis) -> DocOutput {
        let idx = CpIndex::new(&a.original);
        let cp = |sp: Span| a.code_points(&idx, sp);
        // Sentences are sorted and disjoint: the one that may hold `sp` is
        // the last starting at or before it.
        let sent_of = |sp: Span| {
            let i = a.sentences.partition_point(|s| s.span.start <= sp.start);
            i.checked_sub(1)
                .filter(|&i| a.sentences[i].span.contains(&sp))
                .unwrap_or(0)
        };
        let mut directive_sents = vec![false; a.sentences.len()];
        for d in &a.directives {
            if let Some(x) = directive_sents.get_mut(d.sent) {
                *x = true;
            }
        }
        let sentences: Vec<SentenceRow> = a
            .sentences
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let (start, end) = cp(s.span);
                SentenceRow {
                    sent_id: i,
                    start,
                    end,
                    section: s.section.as_str().to_string(),
                    directive: directive_sents[i],
                    text: a.written(s.span).to_string(),
                }
            })
            .collect();
        let entities: Vec<EntityRow> = a
            .entities
            .iter()
            .map(|e| {
                let (start, end) = cp(e.span);
                EntityRow {
                    sent_id: sent_of(e.span),
                    start,
                    end,
                    ty: e.ty,
                    text: a.written(e.span).to_string(),
                    canonical: e.canonical.clone(),
                    source: e.source.clone(),
                }
            })
            .collect();
        let relations: Vec<RelationRow> = a
            .links
            .iter()
            .map(|l| {
                let t = &a.entities[l.title];
                RelationRow {
                    sent_id: l.sent,
                    person: a.full_name(l.person).to_string(),
                    title: a.written(t.span).to_string(),
                    canonical_title: t.canonical.clone(),
                    org: t.org.clone(),
                    person_start: cp(a.entities[l.person].span).0,
                    title_start: cp(t.span).0,
                    former: t.former,
                }
            })
            .collect();
        let directives: Vec<DirectiveRow> = a
            .directives
            .iter()
            .map(|d| {
                let (start, end) = cp(d.span);
                DirectiveRow {
                    sent_id: d.sent,
                    start,
                    end,
                    speaker: d
                        .speaker
                        .as_ref()
                        .map(|s| a.speaker_text(s))
                        .unwrap_or_default(),
                    speaker_title: d
                        .speaker
                        .as_ref()
                        .map(|s| a.speaker_title(s, d.sent))
                        .unwrap_or_default(),
                    cue: d.cue.clone(),
                    addressee: d
                        .addressee
                        .map(|s| a.written(s).to_string())
                        .unwrap_or_default(),
                    score: (d.score * 100.0).round() / 100.0,
                    text: a.written(d.span).to_string(),
                }
            })
            .collect();
        let people = people(a, &relations, &cp);
        let (title, date) = (
            a.title
                .map(|t| a.written(t).to_string())
                .unwrap_or_default(),
            a.date.clone().unwrap_or_default(),
        );
        DocOutput {
            doc: DocumentRow {
                doc_id: doc_id.to_string(),
                path: path.to_string(),
                status: "ok".into(),
                chars: a.original.chars().count(),
                sentences: sentences.len(),
                entities: entities.len(),
                directives: directives.len(),
                title,
                date,
            },
            sentences,
            entities,
            relations,
            directives,
            people,
        }
    }
}

/// One row per person: every title the article gives them, and how often
/// they are named.
fn people(
    a: &Analysis,
    relations: &[RelationRow],
    cp: &dyn Fn(Span) -> (usize, usize),
) -> Vec<PersonRow> {
    /// A person's titles, each with its lower-case form (to tell one
    /// written two ways), mentions and first mention.
    struct Slot {
        titles: Vec<(String, String)>,
        mentions: usize,
        first_start: usize,
    }
    let mut by: BTreeMap<String, Slot> = BTreeMap::new();
    for (i, e) in a.entities.iter().enumerate() {
        if e.ty != EntityType::Person {
            continue;
        }
        let name = a.full_name(i);
        let start = cp(e.span).0;
        match by.get_mut(name) {
            Some(slot) => {
                slot.mentions += 1;
                slot.first_start = slot.first_start.min(start);
            }
            None => {
                let slot = Slot {
                    titles: vec![],
                    mentions: 1,
                    first_start: start,
                };
                by.insert(name.to_string(), slot);
            }
        }
    }
    for r in relations {
        if let Some(slot) = by.get_mut(&r.person) {
            // Canonical names, so "VPCP" and "Văn phòng Chính phủ" are one office.
            let t = if r.former {
                format!("nguyên {}", r.canonical_title)
            } else {
                r.canonical_title.clone()
            };
            let lower = t.to_lowercase();
            if !slot.titles.iter().any(|(_, l)| *l == lower) {
                slot.titles.push((t, lower));
            }
        }
    }
    let mut rows: Vec<PersonRow> = by
        .into_iter()
        .map(|(person, slot)| PersonRow {
            person,
            titles: slot
                .titles
                .iter()
                .map(|(t, _)| t.as_str())
                .collect::<Vec<_>>()
                .join("; "),
            mentions: slot.mentions,
            first_start: slot.first_start,
        })
        .collect();
    rows.sort_by_key(|r| r.first_start);
    rows
}

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Jsonl,
}

/// Writes documents in the order given, into files renamed at the end.
pub struct Writer {
    renderer: Renderer,
    /// (temporary path, final path, writer): one file per table, or one
    /// for JSON lines.
    files: Vec<(PathBuf, PathBuf, BufWriter<File>)>,
}

const HEADERS: [(&str, &str); 6] = [
    (
        "documents.csv",
        "doc_id,path,status,chars,sentences,entities,directives,title,date",
    ),
    (
        "sentences.csv",
        "doc_id,sent_id,start,end,section,directive,text",
    ),
    (
        "entities.csv",
        "doc_id,sent_id,start,end,type,text,canonical,source",
    ),
    (
        "relations.csv",
        "doc_id,sent_id,person,title,canonical_title,org,person_start,title_start,former",
    ),
    (
        "directives.csv",
        "doc_id,sent_id,start,end,speaker,speaker_title,cue,addressee,score,text",
    ),
    ("people.csv", "doc_id,person,titles,mentions,first_start"),
];

impl Writer {
    pub fn create(dir: &Path, format: Format, excel: bool) -> Result<Writer> {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        let names: Vec<&str> = match format {
            Format::Csv => HEADERS.iter().map(|(n, _)| *n).collect(),
            Format::Jsonl => vec!["documents.jsonl"],
        };
        let mut files = Vec::new();
        for (k, name) in names.iter().enumerate() {
            let fin = dir.join(name);
            let tmp = dir.join(format!(".{name}.partial"));
            let f = File::create(&tmp).map_err(|e| Error::io(&tmp, e))?;
            let mut w = BufWriter::new(f);
            if format == Format::Csv {
                if excel {
                    w.write_all("\u{feff}".as_bytes())
                        .map_err(|e| Error::io(&tmp, e))?;
                }
                writeln!(w, "{}", HEADERS[k].1).map_err(|e| Error::io(&tmp, e))?;
            }
            files.push((tmp, fin, w));
        }
        Ok(Writer {
            renderer: Renderer { format, excel },
            files,
        })
    }

    /// How this writer formats a document, for rendering on other threads.
    pub fn renderer(&self) -> Renderer {
        self.renderer
    }

    pub fn write(&mut self, d: &DocOutput) -> Result<()> {
        let r = self.renderer().render(d)?;
        self.write_rendered(&r)
    }

    /// Append a rendered document to the output files, in the order called.
    pub fn write_rendered(&mut self, r: &Rendered) -> Result<()> {
        let mut from = 0;
        for ((tmp, _, w), &end) in self.files.iter_mut().zip(&r.ends) {
            w.write_all(&r.bytes[from..end])
                .map_err(|e| Error::io(tmp, e))?;
            from = end;
        }
        Ok(())
    }

    /// Flush and move every file into place.
    pub fn finish(self) -> Result<Vec<PathBuf>> {
        let mut done = Vec::new();
        for (tmp, fin, mut w) in self.files {
            w.flush().map_err(|e| Error::io(&tmp, e))?;
            drop(w);
            std::fs::rename(&tmp, &fin).map_err(|e| Error::io(&fin, e))?;
            done.push(fin);
        }
        Ok(done)
    }
}

/// Formats documents as the bytes of each output file. It runs on the
/// worker threads, so the single writer thread only copies bytes.
#[derive(Debug, Clone, Copy)]
pub struct Renderer {
    format: Format,
    excel: bool,
}

/// One document's rows, rendered: the bytes to append to each output file,
/// one after the other, each file's part ending at its `ends` entry.
pub struct Rendered {
    bytes: Vec<u8>,
    ends: Vec<usize>,
}

impl Renderer {
    pub fn render(&self, d: &DocOutput) -> Result<Rendered> {
        match self.format {
            Format::Jsonl => {
                let mut bytes = serde_json::to_vec(d).map_err(|e| Error::Other(e.to_string()))?;
                bytes.push(b'\n');
                let ends = vec![bytes.len()];
                Ok(Rendered { bytes, ends })
            }
            Format::Csv => self.csv(d),
        }
    }

    fn csv<'d>(&self, d: &'d DocOutput) -> Result<Rendered> {
        // One CSV writer for the document's six tables, each table's end
        // noted as it is written.
        let mut t = Tables {
            // (Flexible: the tables' rows differ in length.)
            cw: csv::WriterBuilder::new()
                .has_headers(false)
                .flexible(true)
                // (The rows take two to three times the text's size: one
                // allocation instead of a dozen doublings.)
                .from_writer(Vec::with_capacity(3 * d.doc.chars + 4096)),
            ends: Vec::with_capacity(HEADERS.len()),
        };
        let id = d.doc.doc_id.as_str();
        let excel = self.excel;
        // Cells borrow the row's text; numbers are formatted as written.
        let s = |x: &'d str| Cell::Text(cell(x, excel));
        let n = Cell::Num;
        let b = |x: bool| Cell::Text(Cow::Borrowed(if x { "true" } else { "false" }));
        let doc = &d.doc;
        t.table(std::iter::once([
            s(id),
            s(&doc.path),
            s(&doc.status),
            n(doc.chars),
            n(doc.sentences),
            n(doc.entities),
            n(doc.directives),
            s(&doc.title),
            s(&doc.date),
        ]))?;
        t.table(d.sentences.iter().map(|r| {
            [
                s(id),
                n(r.sent_id),
                n(r.start),
                n(r.end),
                s(&r.section),
                b(r.directive),
                s(&r.text),
            ]
        }))?;
        t.table(d.entities.iter().map(|r| {
            [
                s(id),
                n(r.sent_id),
                n(r.start),
                n(r.end),
                Cell::Text(Cow::Borrowed(r.ty.as_str())),
                s(&r.text),
                s(&r.canonical),
                s(&r.source),
            ]
        }))?;
        t.table(d.relations.iter().map(|r| {
            [
                s(id),
                n(r.sent_id),
                s(&r.person),
                s(&r.title),
                s(&r.canonical_title),
                s(&r.org),
                n(r.person_start),
                n(r.title_start),
                b(r.former),
            ]
        }))?;
        t.table(d.directives.iter().map(|r| {
            [
                s(id),
                n(r.sent_id),
                n(r.start),
                n(r.end),
                s(&r.speaker),
                s(&r.speaker_title),
                s(&r.cue),
                s(&r.addressee),
                Cell::Text(Cow::Owned(format!("{:.2}", r.score))),
                s(&r.text),
            ]
        }))?;
        t.table(d.people.iter().map(|r| {
            [
                s(id),
                s(&r.person),
                s(&r.titles),
                n(r.mentions),
                n(r.first_start),
            ]
        }))?;
        let ends = t.ends;
        let bytes = t.cw.into_inner().map_err(|e| Error::Other(e.to_string()))?;
        Ok(Rendered { bytes, ends })
    }
}

struct Tables {
    cw: csv::Writer<Vec<u8>>,
    ends: Vec<usize>,
}

/// One CSV cell: text, or a count or offset written where it goes.
enum Cell<'a> {
    Text(Cow<'a, str>),
    Num(usize),
}

impl Tables {
    fn table<'a, const N: usize>(
        &mut self,
        rows: impl Iterator<Item = [Cell<'a>; N]>,
    ) -> Result<()> {
        let err = |e: csv::Error| Error::Other(e.to_string());
        let mut num = itoa::Buffer::new();
        for r in rows {
            for c in &r {
                match c {
                    Cell::Text(t) => self.cw.write_field(t.as_bytes()),
                    Cell::Num(x) => self.cw.write_field(num.format(*x)),
                }
                .map_err(err)?;
            }
            self.cw.write_record(None::<&[u8]>).map_err(err)?;
        }
        self.cw.flush().map_err(|e| Error::Other(e.to_string()))?;
        self.ends.push(self.cw.get_ref().len());
        Ok(())
    }
}

/// In Excel mode, a cell that Excel would read as a formula is quoted.
fn cell(s: &str, excel: bool) -> Cow<'_, str> {
    if excel && s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{s}"))
    } else {
        Cow::Borrowed(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excel_cells_that_look_like_formulas_are_quoted() {
        assert_eq!(cell("=SUM(A1)", true), "'=SUM(A1)");
        assert_eq!(
            cell("- Tin cùng chuyên mục", true),
            "'- Tin cùng chuyên mục"
        );
        assert_eq!(cell("+84", true), "'+84");
        assert_eq!(cell("=SUM(A1)", false), "=SUM(A1)");
        assert_eq!(cell("Tô Lâm", true), "Tô Lâm");
    }

    #[test]
    fn row_offsets_are_code_points_of_the_original() {
        // Decomposed text, CRLF and a NBSP: normalization changes byte
        // lengths, the rows must still slice the file's own text.
        let text = "Tho\u{302}\u{300}ng ti\u{300}n.\r\nThu\u{309} tu\u{31b}o\u{301}ng\u{a0}Phạm Minh Chính yêu cầu các bộ khẩn trương hoàn thiện.";
        let a = crate::test_pipeline().analyse(text.to_string());
        let out = DocOutput::from_analysis("d", "d.txt", &a);
        let chars: Vec<char> = text.chars().collect();
        let slice = |s: usize, e: usize| chars[s..e].iter().collect::<String>();
        assert!(!out.entities.is_empty());
        for e in &out.entities {
            assert_eq!(slice(e.start, e.end), e.text);
        }
        for s in &out.sentences {
            assert_eq!(slice(s.start, s.end), s.text);
        }
        assert_eq!(out.directives.len(), 1);
        assert_eq!(out.directives[0].speaker, "Phạm Minh Chính");
        let d = &out.directives[0];
        assert_eq!(slice(d.start, d.end), d.text);
    }
}
