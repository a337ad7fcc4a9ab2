//! Dictionaries: TSV files loaded once and compiled into one Aho-Corasick
//! automaton over normalized, case-folded text.
//!
//! A file's header says what it holds: entity entries
//! (`surface canonical type kind from to`), local-body templates
//! (`template applies_to type kind`), abbreviations (`abbreviation may_end`),
//! directive cues (`cue kind weight`) or furniture markers (`marker scope`).

use crate::error::{Error, Result};
use crate::normalize::{match_key, Normalized, Span};
use crate::sentence::{Abbreviations, Furniture};
use daachorse::CharwiseDoubleArrayAhoCorasick;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use unicode_normalization::is_nfc;

/// What a dictionary entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DictType {
    Org,
    Loc,
    Title,
    /// A role word that makes a TITLE with the body that follows it.
    Role,
    /// Introduces a name (đồng chí, ông, Đại tướng) but is no TITLE.
    Honorific,
    Surname,
    /// Makes one ORG with the body that follows ("Ban cán sự đảng" + ORG).
    OrgPrefix,
    /// The head noun of an ORG name not in the dictionaries ("Hội đồng", "Sở").
    OrgHead,
    /// A geographic feature word that makes a LOC with the name after it.
    LocHead,
    /// A word that contains an office but names none ("Đại sứ quán").
    Block,
}

impl DictType {
    fn parse(s: &str) -> Option<DictType> {
        Some(match s {
            "ORG" => DictType::Org,
            "LOC" => DictType::Loc,
            "TITLE" => DictType::Title,
            "ROLE" => DictType::Role,
            "HONORIFIC" => DictType::Honorific,
            "SURNAME" => DictType::Surname,
            "ORGPREFIX" => DictType::OrgPrefix,
            "ORGHEAD" => DictType::OrgHead,
            "LOCHEAD" => DictType::LocHead,
            "BLOCK" => DictType::Block,
            _ => return None,
        })
    }
    pub fn as_str(self) -> &'static str {
        match self {
            DictType::Org => "ORG",
            DictType::Loc => "LOC",
            DictType::Title => "TITLE",
            DictType::Role => "ROLE",
            DictType::Honorific => "HONORIFIC",
            DictType::Surname => "SURNAME",
            DictType::OrgPrefix => "ORGPREFIX",
            DictType::OrgHead => "ORGHEAD",
            DictType::LocHead => "LOCHEAD",
            DictType::Block => "BLOCK",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Entry {
    pub surface: String,
    /// Canonical full name (the surface itself when the row gave none).
    pub canonical: String,
    pub ty: DictType,
    pub kind: String,
    pub from: Option<i32>,
    pub to: Option<i32>,
    /// Where the entry came from: the file stem, or "template".
    pub source: String,
    /// `source` as entities report it ("dict:orgs_core"), made once.
    pub tag: String,
    /// File and line, for messages.
    pub origin: String,
    /// The surface as it must appear when written in capitals only (UBND).
    pub all_caps: bool,
    /// The surface begins with a capital letter.
    pub capitalised: bool,
}

/// A directive cue word and how much it counts.
#[derive(Debug, Clone)]
pub struct Cue {
    pub key: String,
    pub kind: String,
    pub weight: f32,
}

/// Everything loaded from `dictionaries/`, compiled once.
pub struct Dictionary {
    pub entries: Vec<Entry>,
    automaton: CharwiseDoubleArrayAhoCorasick<u32>,
    /// Pattern id → entries sharing that match key.
    by_pattern: Vec<Vec<u32>>,
    pub surnames: rustc_hash::FxHashSet<String>,
    pub abbreviations: Abbreviations,
    pub furniture: Furniture,
    pub cues: Vec<Cue>,
    /// The sentence model for directives the cue rules miss (moved into
    /// the pipeline's cues when a `Pipeline` is built).
    pub model: crate::model::Model,
    /// Ministries by their name without "Bộ" ("Tài chính" → "Bộ Tài chính"):
    /// (match key, canonical), longest key first. Used only where news drops
    /// the "Bộ" ("Bộ trưởng Tài chính", "các Bộ Y tế, Tài chính").
    pub ministry_short: Vec<(String, String)>,
    /// Problems that do not stop loading but `dict check` reports.
    pub warnings: Vec<String>,
}

/// A dictionary hit on the normalized text.
#[derive(Debug, Clone, Copy)]
pub struct DictMatch {
    pub span: Span,
    pub entry: u32,
}

const ENTRY_HEADER: &str = "surface\tcanonical\ttype\tkind\tfrom\tto";
const TEMPLATE_HEADER: &str = "template\tapplies_to\ttype\tkind";
const ABBR_HEADER: &str = "abbreviation\tmay_end";
const CUE_HEADER: &str = "cue\tkind\tweight";
const FURNITURE_HEADER: &str = "marker\tscope";
const MODEL_HEADER: &str = "feature\tweight";

struct Template {
    pattern: String,
    applies: String,
    ty: DictType,
    kind: String,
    origin: String,
}

impl Dictionary {
    /// Load every `*.tsv` in `dir` (sorted by name) plus `extra` files.
    pub fn load(dir: &Path, extra: &[PathBuf]) -> Result<Dictionary> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(|e| Error::io(dir, e))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
            .collect();
        files.sort();
        files.extend(extra.iter().cloned());
        let mut loaded = Vec::with_capacity(files.len());
        for f in &files {
            let text = std::fs::read_to_string(f).map_err(|e| Error::io(f, e))?;
            loaded.push((f.clone(), text));
        }
        Self::from_sources(
            &loaded
                .iter()
                .map(|(p, t)| (p.as_path(), t.as_str()))
                .collect::<Vec<_>>(),
        )
    }

    /// Build from (path, content) pairs; the path names errors and sources.
    pub fn from_sources(files: &[(&Path, &str)]) -> Result<Dictionary> {
        let mut entries = Vec::new();
        let mut templates = Vec::new();
        let mut abbreviations = Abbreviations::default();
        let mut furniture = Furniture::default();
        let mut cues = Vec::new();
        let mut model = crate::model::Model::default();
        let mut warnings = Vec::new();
        for (path, text) in files {
            let stem = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let mut lines = text
                .lines()
                .enumerate()
                .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'));
            let Some((_, header)) = lines.next() else {
                continue;
            };
            let header = header.trim_start_matches('\u{feff}').trim_end();
            let bad = |n: usize, msg: String| Error::Dict {
                path: path.to_path_buf(),
                line: n + 1,
                msg,
            };
            for (n, line) in lines {
                let line = line.trim_end_matches('\r');
                if !is_nfc(line) {
                    warnings.push(format!("{}:{}: text is not NFC", path.display(), n + 1));
                }
                let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
                let origin = format!("{}:{}", path.display(), n + 1);
                match header {
                    ENTRY_HEADER => {
                        if cols.len() < 3 || cols.len() > 6 {
                            return Err(bad(
                                n,
                                format!("expected 6 columns, found {}", cols.len()),
                            ));
                        }
                        let col = |i: usize| cols.get(i).copied().unwrap_or("");
                        let ty = DictType::parse(col(2))
                            .ok_or_else(|| bad(n, format!("unknown type '{}'", col(2))))?;
                        if col(0).is_empty() {
                            return Err(bad(n, "empty surface".into()));
                        }
                        let year = |i: usize| -> Result<Option<i32>> {
                            let s = col(i);
                            if s.is_empty() {
                                return Ok(None);
                            }
                            s.parse()
                                .map(Some)
                                .map_err(|_| bad(n, format!("'{s}' is not a year")))
                        };
                        let (from, to) = (year(4)?, year(5)?);
                        entries.push(make_entry(
                            col(0),
                            col(1),
                            ty,
                            col(3),
                            from,
                            to,
                            &stem,
                            origin,
                        ));
                    }
                    TEMPLATE_HEADER => {
                        if cols.len() != 4 || !cols[0].contains("{}") {
                            return Err(bad(
                                n,
                                "expected: template with {}, applies_to, type, kind".into(),
                            ));
                        }
                        let ty = DictType::parse(cols[2])
                            .ok_or_else(|| bad(n, format!("unknown type '{}'", cols[2])))?;
                        templates.push(Template {
                            pattern: cols[0].to_string(),
                            applies: cols[1].to_string(),
                            ty,
                            kind: cols[3].to_string(),
                            origin,
                        });
                    }
                    ABBR_HEADER => {
                        let a = Normalized::new(cols[0]).text;
                        match cols.get(1).copied().unwrap_or("no") {
                            "yes" => abbreviations.may_end.insert(a),
                            "no" | "" => abbreviations.never.insert(a),
                            other => {
                                return Err(bad(
                                    n,
                                    format!("may_end must be yes or no, not '{other}'"),
                                ))
                            }
                        };
                    }
                    CUE_HEADER => {
                        if cols.len() != 3 {
                            return Err(bad(n, "expected: cue, kind, weight".into()));
                        }
                        let weight = cols[2]
                            .parse()
                            .map_err(|_| bad(n, format!("'{}' is not a number", cols[2])))?;
                        cues.push(Cue {
                            key: match_key(cols[0]),
                            kind: cols[1].to_string(),
                            weight,
                        });
                    }
                    FURNITURE_HEADER => {
                        let m = match_key(cols[0]);
                        match cols.get(1).copied().unwrap_or("line") {
                            "rest" => furniture.rest.push(m),
                            "line" => furniture.line.push(m),
                            other => {
                                return Err(bad(
                                    n,
                                    format!("scope must be line or rest, not '{other}'"),
                                ))
                            }
                        }
                    }
                    MODEL_HEADER => {
                        let weight: f32 = match cols.get(1).map(|w| w.parse()) {
                            Some(Ok(w)) if cols.len() == 2 => w,
                            _ => return Err(bad(n, "expected: feature, weight (a number)".into())),
                        };
                        if cols[0] == crate::model::THRESHOLD_KEY {
                            model.threshold = Some(weight);
                        } else {
                            model.add(cols[0], weight);
                        }
                    }
                    _ => {
                        return Err(Error::Dict {
                            path: path.to_path_buf(),
                            line: 1,
                            msg: format!("unknown header '{header}'; see dictionaries/README.md"),
                        })
                    }
                }
            }
        }
        expand_templates(&mut entries, &templates);
        expand_short_forms(&mut entries);
        check_entries(&entries, &mut warnings);
        Self::compile(entries, abbreviations, furniture, cues, model, warnings)
    }

    fn compile(
        entries: Vec<Entry>,
        abbreviations: Abbreviations,
        furniture: Furniture,
        cues: Vec<Cue>,
        model: crate::model::Model,
        warnings: Vec<String>,
    ) -> Result<Dictionary> {
        let mut keys: Vec<String> = Vec::new();
        let mut key_ids: HashMap<String, usize> = HashMap::new();
        let mut by_pattern: Vec<Vec<u32>> = Vec::new();
        let mut surnames = rustc_hash::FxHashSet::default();
        for (i, e) in entries.iter().enumerate() {
            let key = match_key(&e.surface);
            if e.ty == DictType::Surname {
                surnames.insert(key);
                continue;
            }
            let id = *key_ids.entry(key.clone()).or_insert_with(|| {
                keys.push(key);
                by_pattern.push(Vec::new());
                keys.len() - 1
            });
            by_pattern[id].push(i as u32);
        }
        // A character-wise double-array Aho-Corasick automaton: every
        // overlapping hit in one pass, each step one array lookup
        // (BENCHMARKS.md).
        let automaton = CharwiseDoubleArrayAhoCorasick::with_values(
            keys.iter().enumerate().map(|(i, k)| (k.as_str(), i as u32)),
        )
        .map_err(|e| Error::Other(format!("cannot build the dictionary automaton: {e}")))?;
        let mut ministry_short: Vec<(String, String)> = Vec::new();
        for e in entries
            .iter()
            .filter(|e| e.ty == DictType::Org && e.kind == "ministry")
        {
            let Some(short) = e.surface.strip_prefix("Bộ ") else {
                continue;
            };
            let canonical = if e.canonical.is_empty() {
                e.surface.clone()
            } else {
                e.canonical.clone()
            };
            let key = crate::normalize::match_key(short);
            // "Lao động-Thương binh và Xã hội": the dash written without spaces.
            let tight = key.replace(" - ", "-");
            if tight != key {
                ministry_short.push((tight, canonical.clone()));
            }
            // "Thứ trưởng Tài nguyên Môi trường": the press drops the "và"
            // of a two-field ministry.
            // ("Sở Tài nguyên - môi trường": the press's dash for "và".)
            let dashed = key.replacen(" và ", " - ", 1);
            if dashed != key && !key.contains(',') {
                ministry_short.push((dashed, canonical.clone()));
            }
            let bare = key.replacen(" và ", " ", 1);
            if bare != key && !key.contains(',') {
                ministry_short.push((bare, canonical.clone()));
            }
            ministry_short.push((key, canonical));
        }
        ministry_short.sort_by_key(|(k, _)| std::cmp::Reverse(k.len()));
        ministry_short.dedup();
        Ok(Dictionary {
            entries,
            ministry_short,
            model,
            automaton,
            by_pattern,
            surnames,
            abbreviations,
            furniture,
            cues,
            warnings,
        })
    }

    /// Every dictionary hit that starts and ends on a syllable boundary and
    /// whose capitalisation fits the entry, overlapping hits included.
    pub fn find_all(&self, norm: &Normalized) -> Vec<DictMatch> {
        let mut out = Vec::new();
        for m in self.automaton.find_overlapping_iter(norm.folded.as_str()) {
            let (s, e) = (m.start(), m.end());
            if !boundary_before(&norm.folded, s) || !boundary_after(&norm.folded, e) {
                continue;
            }
            let written = &norm.text[s..e];
            if in_address_or_code(&norm.text, s, e) {
                continue;
            }
            // ("Ca-ta-lô-ni-a": a transliterated word goes on after a hyphen
            // and a small letter; "Hà Nội-Hải Phòng" joins two names.)
            if norm.text[e..]
                .strip_prefix('-')
                .is_some_and(|r| r.starts_with(char::is_lowercase))
            {
                continue;
            }
            for &id in &self.by_pattern[m.value() as usize] {
                let entry = &self.entries[id as usize];
                // "Trưởng ban Tổ chức Trung ương", "Trưởng đoàn đại biểu …":
                // the role fuses with the body's first word, written small.
                // ("Bí thư huyện ủy": a Party committee after its secretary.)
                let head_before = norm.folded[..s].trim_end().ends_with("trưởng")
                    || (entry.kind == "party-local"
                        && norm.folded[..s].trim_end().ends_with("bí thư"));
                let fused = matches!(entry.ty, DictType::Org | DictType::OrgHead)
                    && entry.capitalised
                    && !entry.all_caps
                    && written.starts_with(char::is_lowercase)
                    && head_before
                    && norm.folded[..s].ends_with(' ');
                if !fused && !case_fits(entry, written) {
                    continue;
                }
                // ("Đại sứ Anh Gareth Ward", "Thủ tướng Anh": a country's
                // envoy or head comes with the country.)
                let of_country =
                    entry.kind == "country-ambiguous" && after_country_office(&norm.folded[..s]);
                if entry.kind.ends_with("ambiguous")
                    && !after_class_word(&norm.folded[..s])
                    && !of_country
                {
                    continue;
                }
                out.push(DictMatch {
                    span: Span::new(s, e),
                    entry: id,
                });
            }
        }
        out.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end), m.entry));
        out
    }

    /// A ministry named without "Bộ" starting at `at` of the folded text:
    /// its end and canonical name.
    pub fn ministry_short_at(&self, folded: &str, at: usize) -> Option<(usize, &str)> {
        let rest = &folded[at..];
        self.ministry_short
            .iter()
            .find(|(k, _)| rest.starts_with(k.as_str()) && boundary_after(folded, at + k.len()))
            .map(|(k, c)| (at + k.len(), c.as_str()))
    }

    /// Heap bytes of the compiled automaton.
    pub fn automaton_bytes(&self) -> usize {
        self.automaton.heap_bytes()
    }

    pub fn entry(&self, m: &DictMatch) -> &Entry {
        &self.entries[m.entry as usize]
    }

    pub fn is_surname(&self, folded_word: &str) -> bool {
        self.surnames.contains(folded_word)
    }
}

#[allow(clippy::too_many_arguments)]
fn make_entry(
    surface: &str,
    canonical: &str,
    ty: DictType,
    kind: &str,
    from: Option<i32>,
    to: Option<i32>,
    source: &str,
    origin: String,
) -> Entry {
    let surface = Normalized::new(surface).text;
    let letters: Vec<char> = surface.chars().filter(|c| c.is_alphabetic()).collect();
    let all_caps = letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
    let capitalised = surface.chars().next().is_some_and(char::is_uppercase);
    Entry {
        canonical: if canonical.is_empty() {
            surface.clone()
        } else {
            Normalized::new(canonical).text
        },
        surface,
        ty,
        kind: kind.to_string(),
        from,
        to,
        source: source.to_string(),
        tag: tag_of(source),
        origin,
        all_caps,
        capitalised,
    }
}

/// An entry's `source` as entities report it.
fn tag_of(source: &str) -> String {
    format!("dict:{source}")
}

/// Build local bodies ("Tỉnh ủy Kon Tum", "UBND tỉnh Kon Tum") from the list
/// of provinces rather than typing them out province by province.
fn expand_templates(entries: &mut Vec<Entry>, templates: &[Template]) {
    let places: Vec<Entry> = entries
        .iter()
        .filter(|e| {
            e.ty == DictType::Loc
                && (e.kind.starts_with("province") || e.kind.starts_with("city"))
                && e.kind != "city-other"
        })
        .cloned()
        .collect();
    // Provincial departments mirror the ministries: "Bộ Y tế" → "Sở Y tế".
    let departments: Vec<Entry> = entries
        .iter()
        .filter(|e| e.ty == DictType::Org && e.kind == "ministry" && e.surface.starts_with("Bộ "))
        .map(|e| {
            let surface = format!("Sở {}", &e.surface["Bộ ".len()..]);
            let canonical = match e.canonical.strip_prefix("Bộ ") {
                Some(c) => format!("Sở {c}"),
                None => surface.clone(),
            };
            let mut d = e.clone();
            d.surface = surface;
            d.canonical = canonical;
            d.kind = "department".into();
            d.source = "template".into();
            d.tag = tag_of(&d.source);
            d
        })
        .collect();
    entries.extend(departments);
    for t in templates {
        // ("UBND TP {}" with "Thành phố Hồ Chí Minh": the class word is the
        // template's, once.)
        let class_before = t.pattern.split("{}").next().is_some_and(|b| {
            let b = b.trim_end().to_lowercase();
            ["tp", "tp.", "thành phố", "tỉnh"]
                .iter()
                .any(|c| b.ends_with(c))
        });
        for p in &places {
            if t.applies != "any" && !p.kind.starts_with(t.applies.as_str()) {
                continue;
            }
            let surface = t.pattern.replace("{}", &p.surface);
            let name = match p.canonical.strip_prefix("Thành phố ") {
                Some(n) if class_before => n,
                _ => &p.canonical,
            };
            let canonical = t.pattern.replace("{}", name);
            let mut e = make_entry(
                &surface,
                &canonical,
                t.ty,
                &t.kind,
                p.from,
                p.to,
                "template",
                t.origin.clone(),
            );
            if e.canonical == e.surface {
                e.canonical = e.surface.clone();
            }
            entries.push(e);
        }
    }
}

/// "Trung ương" is written "T.Ư" in many papers ("Ủy ban T.Ư MTTQ Việt
/// Nam", "T.Ư Đoàn", "Hội đồng Đội T.Ư"), and "Ủy ban Trung ương" "UBTƯ"
/// or "UBTW" ("UBTƯ MTTQ Việt Nam", "UBTƯMTTQ Việt Nam"): every body named
/// with them is also matched in the short forms, with the same canonical
/// name.
fn expand_short_forms(entries: &mut Vec<Entry>) {
    const SHORT: [(&str, &str); 6] = [
        ("Trung ương", "T.Ư"),
        ("Ủy ban Trung ương ", "UBTƯ "),
        ("Ủy ban Trung ương ", "UBTW "),
        ("Ủy ban Trung ương MTTQ", "UBTƯMTTQ"),
        ("Ủy ban Trung ương MTTQ", "UBTWMTTQ"),
        // ("BCH TƯ Đảng", "Ủy ban Kiểm tra TƯ": without the dot, never as
        // a name's first word, where "tư" is a common word.)
        (" Trung ương", " TƯ"),
    ];
    let mut known: std::collections::HashSet<String> =
        entries.iter().map(|e| e.surface.to_lowercase()).collect();
    let mut variants: Vec<Entry> = Vec::new();
    for e in entries.iter() {
        // (Bodies only: an office written with the short form is its
        // role and the body, whose canonical name it then takes.)
        if !matches!(e.ty, DictType::Org | DictType::OrgPrefix) {
            continue;
        }
        for (long, short) in SHORT {
            if !e.surface.contains(long) {
                continue;
            }
            let surface = e.surface.replace(long, short);
            if !known.insert(surface.to_lowercase()) {
                continue;
            }
            let mut v = make_entry(
                &surface,
                &e.canonical,
                e.ty,
                &e.kind,
                e.from,
                e.to,
                &e.source,
                e.origin.clone(),
            );
            v.canonical = e.canonical.clone();
            variants.push(v);
        }
    }
    entries.extend(variants);
}

/// Problems worth reporting that do not stop loading.
fn check_entries(entries: &[Entry], warnings: &mut Vec<String>) {
    let mut types: HashMap<(String, DictType), &Entry> = HashMap::new();
    let mut by_key: HashMap<String, Vec<&Entry>> = HashMap::new();
    for e in entries {
        by_key.entry(match_key(&e.surface)).or_default().push(e);
        types.insert((match_key(&e.surface), e.ty), e);
    }
    let exclusive = |t: DictType| matches!(t, DictType::Org | DictType::Loc | DictType::Title);
    let mut keys: Vec<_> = by_key.keys().collect();
    keys.sort();
    for k in keys {
        let list = &by_key[k];
        for (i, a) in list.iter().enumerate() {
            for b in &list[i + 1..] {
                if a.ty != b.ty && exclusive(a.ty) && exclusive(b.ty) && a.source != "template" {
                    warnings.push(format!(
                        "{}: '{}' is {} here but {} at {}",
                        a.origin,
                        a.surface,
                        a.ty.as_str(),
                        b.ty.as_str(),
                        b.origin
                    ));
                }
            }
        }
    }
    for e in entries {
        if e.canonical != e.surface && !types.contains_key(&(match_key(&e.canonical), e.ty)) {
            warnings.push(format!(
                "{}: alias '{}' points to '{}', which is no {} entry",
                e.origin,
                e.surface,
                e.canonical,
                e.ty.as_str()
            ));
        }
        if let (Some(f), Some(t)) = (e.from, e.to) {
            if f > t {
                warnings.push(format!("{}: valid from {f} after valid to {t}", e.origin));
            }
        }
    }
}

pub use crate::normalize::is_word_char;

pub fn boundary_before(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !is_word_char(c))
}

pub fn boundary_after(text: &str, at: usize) -> bool {
    text[at..].chars().next().is_none_or(|c| !is_word_char(c))
}

/// "VTV.vn", "baochinhphu.vn", "493-BC/VPTW": a web address or a document
/// number, not a mention.
fn in_address_or_code(text: &str, s: usize, e: usize) -> bool {
    let rest = &text[e..];
    if let Some(tail) = rest.strip_prefix('.') {
        let tld: String = tail
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect();
        if matches!(
            tld.to_ascii_lowercase().as_str(),
            "vn" | "com" | "net" | "org" | "gov" | "edu" | "info" | "int"
        ) {
            return true;
        }
    }
    // "APPF-26": a numbered meeting, an event.
    if rest.starts_with('-') && rest[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    let before = &text[..s];
    if let Some(b) = before.strip_suffix('/') {
        let token = b.rsplit(char::is_whitespace).next().unwrap_or("");
        return token.chars().any(|c| c.is_ascii_digit());
    }
    false
}

/// Capitalisation must fit: a capitalised entry does not match lower-case
/// prose ("quốc hội hóa"), and an abbreviation must be written in capitals.
fn case_fits(entry: &Entry, written: &str) -> bool {
    if entry.kind.ends_with("-exact") {
        return Normalized::new(written).text == entry.surface;
    }
    // Offices are often written in lower case ("ủy viên Bộ Chính trị");
    // entities.rs accepts a lower-case office only with a body after it.
    if matches!(entry.ty, DictType::Role | DictType::Title) && !entry.all_caps {
        return true;
    }
    if entry.all_caps {
        let w: String = written.chars().filter(|c| c.is_alphabetic()).collect();
        return w.chars().all(char::is_uppercase);
    }
    if entry.capitalised {
        return written.chars().next().is_some_and(char::is_uppercase);
    }
    true
}

/// Class words that make an ambiguous place name a place ("nước Anh").
pub const CLASS_WORDS: [&str; 16] = [
    "tỉnh",
    "thành phố",
    "tp",
    "tp.",
    "quận",
    "huyện",
    "thị xã",
    "phường",
    "xã",
    "thôn",
    "ấp",
    "bang",
    "thủ đô",
    "nước",
    "vương quốc",
    "thị trấn",
];

/// Words a country's name follows: its envoy, its head of government, its
/// royal house, its embassy ("Đại sứ Anh", "Đại sứ quán Anh").
const COUNTRY_OFFICES: [&str; 8] = [
    "đại sứ",
    "tổng lãnh sự",
    "thủ tướng",
    "tổng thống",
    "ngoại trưởng",
    "bộ trưởng ngoại giao",
    "hoàng gia",
    "đại sứ quán",
];

fn after_country_office(folded_before: &str) -> bool {
    let t = folded_before.strip_suffix(' ').unwrap_or("");
    COUNTRY_OFFICES.iter().any(|w| ends_with_word(t, w))
}

fn after_class_word(folded_before: &str) -> bool {
    let t = folded_before.trim_end();
    CLASS_WORDS.iter().any(|w| ends_with_word(t, w))
}

/// `text` ends with the word or phrase `w`, whole (a word boundary before).
pub fn ends_with_word(text: &str, w: &str) -> bool {
    text.ends_with(w) && boundary_before(text, text.len() - w.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ambiguous_country_after_its_envoy_is_the_country() {
        assert!(after_country_office("tiếp đại sứ "));
        assert!(after_country_office("thủ tướng "));
        assert!(!after_country_office("anh "));
        assert!(!after_country_office("phó giám đốc sứ "));
    }

    fn dict(tsv: &str) -> Dictionary {
        Dictionary::from_sources(&[(Path::new("t.tsv"), tsv)]).unwrap()
    }

    #[test]
    fn matches_at_boundaries_with_case_cues() {
        let d = dict("surface\tcanonical\ttype\tkind\tfrom\tto\nQuốc hội\t\tORG\tstate\t\t\nUBND\tỦy ban nhân dân\tORG\tstate\t\t\n");
        let n = Normalized::new("Quốc hội họp; quốc hội hóa; QUỐC HỘI; Quốc hộii; ubnd; UBND");
        let hits: Vec<&str> = d
            .find_all(&n)
            .iter()
            .map(|m| &n.text[m.span.start..m.span.end])
            .collect();
        assert_eq!(hits, vec!["Quốc hội", "QUỐC HỘI", "UBND"]);
    }

    #[test]
    fn tone_variants_match() {
        let d = dict("surface\tcanonical\ttype\tkind\tfrom\tto\nHòa Bình\t\tLOC\tprovince\t\t\n");
        let n = Normalized::new("tỉnh Hoà Bình");
        assert_eq!(d.find_all(&n).len(), 1);
    }

    #[test]
    fn bad_rows_name_file_and_line() {
        let err = Dictionary::from_sources(&[(
            Path::new("x.tsv"),
            "surface\tcanonical\ttype\tkind\tfrom\tto\nA\t\tFOO\t\t\t\n",
        )])
        .err()
        .unwrap();
        assert_eq!(err.to_string(), "x.tsv:2: unknown type 'FOO'");
    }

    #[test]
    fn templates_expand_provinces() {
        let d = Dictionary::from_sources(&[
            (
                Path::new("p.tsv"),
                "surface\tcanonical\ttype\tkind\tfrom\tto\nKon Tum\t\tLOC\tprovince\t\t2025\n",
            ),
            (
                Path::new("t.tsv"),
                "template\tapplies_to\ttype\tkind\nTỉnh ủy {}\tprovince\tORG\tparty\n",
            ),
        ])
        .unwrap();
        let n = Normalized::new("Bí thư Tỉnh ủy Kon Tum");
        let m = d.find_all(&n);
        assert_eq!(d.entry(&m[0]).surface, "Tỉnh ủy Kon Tum");
        assert_eq!(d.entry(&m[0]).to, Some(2025));
    }
}
