//! Scoring against labelled data: entities (exact and overlap), directive
//! sentences with speaker accuracy, and person–title relations.

use crate::entities::EntityType;
use crate::error::{Error, Result};
use crate::normalize::match_key;
use crate::output::DocOutput;
use serde::Serialize;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use unicode_normalization::UnicodeNormalization;

/// One labelled document. Offsets are code points into `text`.
#[derive(Debug, Clone, Default)]
pub struct GoldDoc {
    pub id: String,
    pub text: String,
    pub entities: Option<Vec<(usize, usize, String)>>,
    pub directives: Option<Vec<GoldDirective>>,
    pub relations: Option<Vec<(String, String)>>,
}

#[derive(Debug, Clone)]
pub struct GoldDirective {
    pub start: usize,
    pub end: usize,
    pub speaker: String,
}

/// What a system predicted for one document, in the same terms.
#[derive(Debug, Clone, Default)]
pub struct PredDoc {
    pub entities: Vec<(usize, usize, String)>,
    pub directives: Vec<GoldDirective>,
    pub relations: Vec<(String, String)>,
}

impl PredDoc {
    pub fn from_output(o: &DocOutput) -> PredDoc {
        PredDoc {
            entities: o
                .entities
                .iter()
                .map(|e| (e.start, e.end, e.ty.as_str().to_string()))
                .collect(),
            directives: o
                .directives
                .iter()
                .map(|d| GoldDirective {
                    start: d.start,
                    end: d.end,
                    speaker: d.speaker.clone(),
                })
                .collect(),
            relations: o
                .relations
                .iter()
                .map(|r| (r.person.clone(), r.title.clone()))
                .collect(),
        }
    }
}

/// True positives, false positives, false negatives.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

/// A zero denominator scores 0 unless nothing was expected or predicted at
/// all, which is perfect (an empty gold matched by an empty prediction).
fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Scores {
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl From<Counts> for Scores {
    fn from(c: Counts) -> Scores {
        Scores {
            tp: c.tp,
            fp: c.fp,
            fn_: c.fn_,
            precision: c.precision(),
            recall: c.recall(),
            f1: c.f1(),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct EntityTable {
    pub per_type: BTreeMap<String, Scores>,
    pub micro: Scores,
    pub macro_f1: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub documents: usize,
    pub entities_exact: Option<EntityTable>,
    pub entities_overlap: Option<EntityTable>,
    pub directives: Option<Scores>,
    pub speaker_accuracy: Option<f64>,
    pub speakers_matched: usize,
    pub speakers_correct: usize,
    pub relations: Option<Scores>,
    /// Gold types not scored (CoNLL tags without a mapping).
    pub unscored: BTreeMap<String, usize>,
}

/// One false positive or false negative, for error analysis.
#[derive(Debug, Clone)]
pub struct ErrorRow {
    pub doc_id: String,
    pub kind: &'static str,
    pub what: String,
    pub start: usize,
    pub end: usize,
    pub detail: String,
}

/// Score predictions against gold, document by document (same order).
pub fn score(gold: &[GoldDoc], pred: &[PredDoc], errors: &mut Vec<ErrorRow>) -> Report {
    let scored: BTreeSet<String> = EntityType::ALL
        .iter()
        .map(|t| t.as_str().to_string())
        .collect();
    let mut exact: BTreeMap<String, Counts> = BTreeMap::new();
    let mut overlap: BTreeMap<String, Counts> = BTreeMap::new();
    let mut unscored = BTreeMap::new();
    let mut dirs = Counts::default();
    let mut rels = Counts::default();
    let (mut matched, mut correct) = (0, 0);
    let (mut any_ent, mut any_dir, mut any_rel) = (false, false, false);
    for (g, p) in gold.iter().zip(pred) {
        if let Some(ge) = &g.entities {
            any_ent = true;
            let ge: BTreeSet<(usize, usize, String)> = ge.iter().cloned().collect();
            for (_, _, t) in ge.iter().filter(|(_, _, t)| !scored.contains(t)) {
                *unscored.entry(t.clone()).or_insert(0) += 1;
            }
            let ge: BTreeSet<_> = ge
                .into_iter()
                .filter(|(_, _, t)| scored.contains(t))
                .collect();
            let pe: BTreeSet<(usize, usize, String)> = p.entities.iter().cloned().collect();
            for t in &scored {
                let gt: Vec<_> = ge.iter().filter(|e| &e.2 == t).collect();
                let pt: Vec<_> = pe.iter().filter(|e| &e.2 == t).collect();
                let c = exact.entry(t.clone()).or_default();
                for e in &pt {
                    if ge.contains(*e) {
                        c.tp += 1;
                    } else {
                        c.fp += 1;
                        errors.push(err(g, "FP", t, e.0, e.1, ""));
                    }
                }
                for e in &gt {
                    if !pe.contains(*e) {
                        c.fn_ += 1;
                        errors.push(err(g, "FN", t, e.0, e.1, ""));
                    }
                }
                overlap
                    .entry(t.clone())
                    .or_default()
                    .add(overlap_counts(&gt, &pt));
            }
        }
        if let Some(gd) = &g.directives {
            any_dir = true;
            let half = |d: &GoldDirective, o: &GoldDirective| {
                let ov = d.end.min(o.end).saturating_sub(d.start.max(o.start));
                2 * ov >= d.end - d.start && ov > 0
            };
            for d in gd {
                let hit = p.directives.iter().find(|o| half(d, o));
                match hit {
                    Some(o) => {
                        dirs.tp += 1;
                        matched += 1;
                        if speaker_key(&o.speaker) == speaker_key(&d.speaker) {
                            correct += 1;
                        } else {
                            errors.push(err(
                                g,
                                "SPEAKER",
                                "DIRECTIVE",
                                d.start,
                                d.end,
                                &format!("gold '{}' predicted '{}'", d.speaker, o.speaker),
                            ));
                        }
                    }
                    None => {
                        dirs.fn_ += 1;
                        errors.push(err(g, "FN", "DIRECTIVE", d.start, d.end, &d.speaker));
                    }
                }
            }
            for o in &p.directives {
                if !gd.iter().any(|d| half(d, o)) {
                    dirs.fp += 1;
                    errors.push(err(g, "FP", "DIRECTIVE", o.start, o.end, &o.speaker));
                }
            }
        }
        if let Some(gr) = &g.relations {
            any_rel = true;
            let key = |(a, b): &(String, String)| (nfc(a), nfc(b));
            let gs: BTreeSet<_> = gr.iter().map(key).collect();
            let ps: BTreeSet<_> = p.relations.iter().map(key).collect();
            for r in &ps {
                if gs.contains(r) {
                    rels.tp += 1;
                } else {
                    rels.fp += 1;
                    errors.push(err(
                        g,
                        "FP",
                        "RELATION",
                        0,
                        0,
                        &format!("{} | {}", r.0, r.1),
                    ));
                }
            }
            for r in gs.difference(&ps) {
                rels.fn_ += 1;
                errors.push(err(
                    g,
                    "FN",
                    "RELATION",
                    0,
                    0,
                    &format!("{} | {}", r.0, r.1),
                ));
            }
        }
    }
    let table = |m: BTreeMap<String, Counts>| {
        let mut micro = Counts::default();
        let present: Vec<&Counts> = m.values().filter(|c| c.tp + c.fp + c.fn_ > 0).collect();
        for c in m.values() {
            micro.add(*c);
        }
        let macro_f1 = if present.is_empty() {
            0.0
        } else {
            present.iter().map(|c| c.f1()).sum::<f64>() / present.len() as f64
        };
        EntityTable {
            per_type: m.into_iter().map(|(k, v)| (k, v.into())).collect(),
            micro: micro.into(),
            macro_f1,
        }
    };
    Report {
        documents: gold.len(),
        entities_exact: any_ent.then(|| table(exact)),
        entities_overlap: any_ent.then(|| table(overlap)),
        directives: any_dir.then(|| dirs.into()),
        speaker_accuracy: (any_dir && matched > 0).then(|| correct as f64 / matched as f64),
        speakers_matched: matched,
        speakers_correct: correct,
        relations: any_rel.then(|| rels.into()),
        unscored,
    }
}

/// One-to-one matching of same-type spans that overlap, in order.
fn overlap_counts(gold: &[&(usize, usize, String)], pred: &[&(usize, usize, String)]) -> Counts {
    let mut used = vec![false; pred.len()];
    let mut tp = 0;
    for g in gold {
        if let Some(k) = (0..pred.len()).find(|&k| !used[k] && pred[k].0 < g.1 && g.0 < pred[k].1) {
            used[k] = true;
            tp += 1;
        }
    }
    Counts {
        tp,
        fp: pred.len() - tp,
        fn_: gold.len() - tp,
    }
}

fn nfc(s: &str) -> String {
    s.trim().nfc().collect()
}

/// Speakers compare after NFC, tone-mark convention and case folding.
pub fn speaker_key(s: &str) -> String {
    match_key(s)
}

fn err(
    g: &GoldDoc,
    kind: &'static str,
    what: &str,
    start: usize,
    end: usize,
    detail: &str,
) -> ErrorRow {
    ErrorRow {
        doc_id: g.id.clone(),
        kind,
        what: what.to_string(),
        start,
        end,
        detail: detail.to_string(),
    }
}

/// Write error rows as CSV with 40 characters of context each side.
pub fn write_errors(path: &Path, gold: &[GoldDoc], rows: &[ErrorRow]) -> Result<()> {
    let mut w = csv::Writer::from_path(path)
        .map_err(|e| Error::Other(format!("{}: {e}", path.display())))?;
    let io = |e: csv::Error| Error::Other(format!("{}: {e}", path.display()));
    w.write_record([
        "doc_id", "kind", "type", "start", "end", "text", "left", "right", "detail",
    ])
    .map_err(io)?;
    for r in rows {
        let text: Vec<char> = gold
            .iter()
            .find(|g| g.id == r.doc_id)
            .map(|g| g.text.chars().collect())
            .unwrap_or_default();
        let slice = |a: usize, b: usize| {
            text[a.min(text.len())..b.min(text.len())]
                .iter()
                .collect::<String>()
        };
        let (s, e) = (r.start.min(text.len()), r.end.min(text.len()));
        w.write_record([
            r.doc_id.as_str(),
            r.kind,
            r.what.as_str(),
            &r.start.to_string(),
            &r.end.to_string(),
            &slice(s, e),
            &slice(s.saturating_sub(40), s),
            &slice(e, e + 40),
            r.detail.as_str(),
        ])
        .map_err(io)?;
    }
    w.flush().map_err(|e| Error::io(path, e))
}

/// Read gold JSON Lines; any problem is an error naming the line.
pub fn read_jsonl(path: &Path) -> Result<Vec<GoldDoc>> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    parse_jsonl(path, &text)
}

pub fn parse_jsonl(path: &Path, text: &str) -> Result<Vec<GoldDoc>> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let bad = |msg: String| Error::Gold {
            path: path.to_path_buf(),
            line: n + 1,
            msg,
        };
        let v: Value = serde_json::from_str(line).map_err(|e| bad(format!("invalid JSON: {e}")))?;
        let id = match &v["id"] {
            Value::String(s) => s.clone(),
            Value::Number(x) => x.to_string(),
            _ => (n + 1).to_string(),
        };
        let text = v["text"]
            .as_str()
            .ok_or_else(|| bad("no \"text\" string".into()))?
            .to_string();
        let chars: Vec<char> = text.chars().collect();
        let ents_v = v.get("entities").or_else(|| v.get("label"));
        let entities = match ents_v {
            None => None,
            Some(Value::Array(list)) => {
                let mut es = Vec::new();
                for e in list {
                    let (s, en, t) = match e {
                        Value::Array(a) if a.len() >= 3 => {
                            (a[0].as_u64(), a[1].as_u64(), a[2].as_str())
                        }
                        Value::Object(o) => (
                            o.get("start")
                                .or_else(|| o.get("start_offset"))
                                .and_then(Value::as_u64),
                            o.get("end")
                                .or_else(|| o.get("end_offset"))
                                .and_then(Value::as_u64),
                            o.get("type")
                                .or_else(|| o.get("label"))
                                .and_then(Value::as_str),
                        ),
                        _ => (None, None, None),
                    };
                    let (Some(s), Some(en), Some(t)) = (s, en, t) else {
                        return Err(bad(format!("entity {e} is not [start, end, type]")));
                    };
                    let (s, en) = (s as usize, en as usize);
                    if s >= en || en > chars.len() {
                        return Err(bad(format!(
                            "entity [{s}, {en}, {t}] is outside the text ({} code points)",
                            chars.len()
                        )));
                    }
                    let t = EntityType::parse(t)
                        .map(|t| t.as_str().to_string())
                        .ok_or_else(|| bad(format!("unknown entity type '{t}'")))?;
                    let surface: String = chars[s..en].iter().collect();
                    if surface.trim() != surface || surface.is_empty() {
                        return Err(bad(format!(
                            "entity [{s}, {en}, {t}] '{surface}' starts or ends with a space"
                        )));
                    }
                    es.push((s, en, t));
                }
                Some(es)
            }
            Some(other) => return Err(bad(format!("entities must be a list, not {other}"))),
        };
        let directives = match v.get("directives") {
            None => None,
            Some(Value::Array(list)) => {
                let mut ds = Vec::new();
                for d in list {
                    let s = d["start"].as_u64().map(|x| x as usize);
                    let e = d["end"].as_u64().map(|x| x as usize);
                    let (Some(s), Some(e)) = (s, e) else {
                        return Err(bad(format!("directive {d} needs start and end")));
                    };
                    if s >= e || e > chars.len() {
                        return Err(bad(format!("directive [{s}, {e}] is outside the text")));
                    }
                    ds.push(GoldDirective {
                        start: s,
                        end: e,
                        speaker: d["speaker"].as_str().unwrap_or("").to_string(),
                    });
                }
                Some(ds)
            }
            Some(other) => return Err(bad(format!("directives must be a list, not {other}"))),
        };
        let relations = match v.get("relations") {
            None => None,
            Some(Value::Array(list)) => {
                let mut rs = Vec::new();
                for r in list {
                    let (Some(p), Some(t)) = (r["person"].as_str(), r["title"].as_str()) else {
                        return Err(bad(format!("relation {r} needs person and title")));
                    };
                    rs.push((p.to_string(), t.to_string()));
                }
                Some(rs)
            }
            Some(other) => return Err(bad(format!("relations must be a list, not {other}"))),
        };
        out.push(GoldDoc {
            id,
            text,
            entities,
            directives,
            relations,
        });
    }
    Ok(out)
}

/// Read CoNLL/BIO gold: one token per line, the tag in the last column,
/// a blank line between sentences; each sentence becomes a document.
/// `map` renames tags (PER → PERSON is built in); unmapped types stay
/// unscored.
pub fn read_conll(path: &Path, map: &BTreeMap<String, String>) -> Result<Vec<GoldDoc>> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    let mut docs = Vec::new();
    let mut tokens: Vec<(String, String)> = Vec::new();
    let mut start_line = 1;
    let flush =
        |tokens: &mut Vec<(String, String)>, docs: &mut Vec<GoldDoc>, line: usize| -> Result<()> {
            if tokens.is_empty() {
                return Ok(());
            }
            let mut text = String::new();
            let mut ents = Vec::new();
            let mut open: Option<(usize, String)> = None;
            let mut pos = 0;
            let mut last_end = 0;
            for (tok, tag) in tokens.iter() {
                if !text.is_empty() {
                    text.push(' ');
                    pos += 1;
                }
                let word = tok.replace('_', " ");
                let (s, e) = (pos, pos + word.chars().count());
                text.push_str(&word);
                pos = e;
                let (bio, ty) = tag.split_once('-').unwrap_or((tag.as_str(), ""));
                let ty = map.get(ty).cloned().unwrap_or_else(|| {
                    if ty == "PER" {
                        "PERSON".into()
                    } else {
                        ty.to_string()
                    }
                });
                let continues = bio == "I" && open.as_ref().is_some_and(|(_, t)| *t == ty);
                if !continues {
                    if let Some((os, ot)) = open.take() {
                        ents.push((os, last_end, ot));
                    }
                    if bio == "B" || bio == "I" {
                        open = Some((s, ty));
                    } else if bio != "O" {
                        return Err(Error::Gold {
                            path: path.to_path_buf(),
                            line,
                            msg: format!("tag '{tag}' is not O, B-X or I-X"),
                        });
                    }
                }
                last_end = e;
            }
            if let Some((os, ot)) = open.take() {
                ents.push((os, last_end, ot));
            }
            docs.push(GoldDoc {
                id: format!("s{}", docs.len() + 1),
                text,
                entities: Some(ents),
                directives: None,
                relations: None,
            });
            tokens.clear();
            Ok(())
        };
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with("-DOCSTART-") {
            flush(&mut tokens, &mut docs, start_line)?;
            start_line = n + 2;
            continue;
        }
        let cols: Vec<&str> = line.split(['\t', ' ']).filter(|c| !c.is_empty()).collect();
        if cols.len() < 2 {
            return Err(Error::Gold {
                path: path.to_path_buf(),
                line: n + 1,
                msg: "expected a token and a tag".into(),
            });
        }
        tokens.push((cols[0].to_string(), cols[cols.len() - 1].to_string()));
    }
    flush(&mut tokens, &mut docs, start_line)?;
    Ok(docs)
}

/// A readable table of the report.
pub fn render(r: &Report) -> String {
    let mut s = String::new();
    let row = |name: &str, c: &Scores| {
        format!(
            "{:<12} {:>5} {:>5} {:>5}  {:>6.3} {:>6.3} {:>6.3}\n",
            name, c.tp, c.fp, c.fn_, c.precision, c.recall, c.f1
        )
    };
    let header = format!(
        "{:<12} {:>5} {:>5} {:>5}  {:>6} {:>6} {:>6}\n",
        "", "tp", "fp", "fn", "prec", "rec", "f1"
    );
    s.push_str(&format!("documents: {}\n", r.documents));
    for (name, t) in [
        ("Entities, exact span", &r.entities_exact),
        ("Entities, overlap", &r.entities_overlap),
    ] {
        if let Some(t) = t {
            s.push_str(&format!("\n{name}\n{header}"));
            for (k, v) in &t.per_type {
                s.push_str(&row(k, v));
            }
            s.push_str(&row("micro", &t.micro));
            s.push_str(&format!("{:<12} {:>38.3}\n", "macro f1", t.macro_f1));
        }
    }
    if let Some(d) = &r.directives {
        s.push_str(&format!(
            "\nDirectives (sentence overlap >= half)\n{header}"
        ));
        s.push_str(&row("DIRECTIVE", d));
        if let Some(a) = r.speaker_accuracy {
            s.push_str(&format!(
                "speaker accuracy: {:.3} ({}/{})\n",
                a, r.speakers_correct, r.speakers_matched
            ));
        }
    }
    if let Some(rel) = &r.relations {
        s.push_str(&format!(
            "\nRelations (person, title) per document\n{header}"
        ));
        s.push_str(&row("RELATION", rel));
    }
    if !r.unscored.is_empty() {
        s.push_str(&format!("\nunscored gold types: {:?}\n", r.unscored));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(ents: &[(usize, usize, &str)]) -> GoldDoc {
        GoldDoc {
            id: "d".into(),
            text: "x".repeat(100),
            entities: Some(
                ents.iter()
                    .map(|&(a, b, t)| (a, b, t.to_string()))
                    .collect(),
            ),
            ..Default::default()
        }
    }
    fn pred(ents: &[(usize, usize, &str)]) -> PredDoc {
        PredDoc {
            entities: ents
                .iter()
                .map(|&(a, b, t)| (a, b, t.to_string()))
                .collect(),
            ..Default::default()
        }
    }

    #[test]
    fn exact_and_overlap_with_nesting_and_duplicates() {
        // Gold: TITLE [0,20) with ORG [10,20) nested; PERSON [21,30).
        let g = doc(&[
            (0, 20, "TITLE"),
            (10, 20, "ORG"),
            (21, 30, "PERSON"),
            (21, 30, "PERSON"),
        ]);
        // Pred: TITLE exact, ORG shifted (overlap only), PERSON missing, LOC extra.
        let p = pred(&[
            (0, 20, "TITLE"),
            (12, 20, "ORG"),
            (40, 45, "LOC"),
            (0, 20, "TITLE"),
        ]);
        let r = score(&[g], &[p], &mut vec![]);
        let ex = r.entities_exact.unwrap();
        assert_eq!((ex.micro.tp, ex.micro.fp, ex.micro.fn_), (1, 2, 2));
        let ov = r.entities_overlap.unwrap();
        assert_eq!(ov.per_type["ORG"].tp, 1);
        assert_eq!((ov.micro.tp, ov.micro.fp, ov.micro.fn_), (2, 1, 1));
        assert!((ex.micro.precision - 1.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn empty_gold_and_empty_prediction() {
        let r = score(&[doc(&[])], &[pred(&[])], &mut vec![]);
        let ex = r.entities_exact.unwrap();
        assert_eq!(ex.micro.f1, 1.0);
        let r = score(&[doc(&[(0, 3, "LOC")])], &[pred(&[])], &mut vec![]);
        assert_eq!(r.entities_exact.unwrap().micro.recall, 0.0);
        let r = score(&[doc(&[])], &[pred(&[(0, 3, "LOC")])], &mut vec![]);
        assert_eq!(r.entities_exact.unwrap().micro.precision, 0.0);
    }

    #[test]
    fn overlap_ties_match_one_to_one() {
        // Two gold spans both overlapping one prediction: one match only.
        let g = doc(&[(0, 5, "ORG"), (4, 9, "ORG")]);
        let p = pred(&[(3, 6, "ORG")]);
        let ov = score(&[g], &[p], &mut vec![]).entities_overlap.unwrap();
        assert_eq!((ov.micro.tp, ov.micro.fp, ov.micro.fn_), (1, 0, 1));
    }

    #[test]
    fn directives_half_overlap_and_speakers() {
        let mut g = doc(&[]);
        g.entities = None;
        g.directives = Some(vec![
            GoldDirective {
                start: 0,
                end: 10,
                speaker: "Tô Lâm".into(),
            },
            GoldDirective {
                start: 20,
                end: 30,
                speaker: "Bộ Chính trị".into(),
            },
            GoldDirective {
                start: 40,
                end: 50,
                speaker: "X".into(),
            },
        ]);
        let p = PredDoc {
            directives: vec![
                // Covers two gold pieces of one sentence: both match.
                GoldDirective {
                    start: 0,
                    end: 30,
                    speaker: "tô lâm".into(),
                },
                GoldDirective {
                    start: 44,
                    end: 60,
                    speaker: "X".into(),
                },
                GoldDirective {
                    start: 70,
                    end: 80,
                    speaker: "".into(),
                },
            ],
            ..Default::default()
        };
        let r = score(&[g], &[p], &mut vec![]);
        let d = r.directives.unwrap();
        // Gold 40..50 overlaps 44..60 by 6 of 10: matched.
        assert_eq!((d.tp, d.fp, d.fn_), (3, 1, 0));
        assert_eq!((r.speakers_correct, r.speakers_matched), (2, 3));
    }

    #[test]
    fn bad_gold_names_the_line() {
        let p = Path::new("g.jsonl");
        let e = parse_jsonl(
            p,
            "{\"id\":\"a\",\"text\":\"abc\",\"entities\":[[0,9,\"ORG\"]]}\n",
        )
        .unwrap_err();
        assert!(
            e.to_string()
                .starts_with("g.jsonl:1: entity [0, 9, ORG] is outside"),
            "{e}"
        );
        let e = parse_jsonl(
            p,
            "\n{\"id\":1,\"text\":\"abc\",\"entities\":[[0,2,\"FOO\"]]}",
        )
        .unwrap_err();
        assert!(
            e.to_string()
                .contains("g.jsonl:2: unknown entity type 'FOO'"),
            "{e}"
        );
        let e = parse_jsonl(p, "{oops").unwrap_err();
        assert!(e.to_string().contains("g.jsonl:1: invalid JSON"), "{e}");
    }

    #[test]
    fn conll_becomes_documents() {
        let dir = std::env::temp_dir().join(format!("chidao-conll-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join("t.conll");
        std::fs::write(
            &p,
            "Ông\tO\nNguyễn_Văn\tB-PER\nA\tI-PER\nở\tO\nHà_Nội\tB-LOC\n\nX\tB-MISC\n",
        )
        .unwrap();
        let docs = read_conll(&p, &BTreeMap::new()).unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].text, "Ông Nguyễn Văn A ở Hà Nội");
        assert_eq!(
            docs[0].entities.as_ref().unwrap(),
            &vec![(4, 16, "PERSON".to_string()), (19, 25, "LOC".to_string())]
        );
        let r = score(
            &docs,
            &[PredDoc::default(), PredDoc::default()],
            &mut vec![],
        );
        assert_eq!(r.unscored.get("MISC"), Some(&1));
    }
}
