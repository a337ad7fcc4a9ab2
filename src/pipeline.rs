//! The whole analysis of one document, stage by stage:
//! text → `Normalized` → `Sentence`s → `Entity`s → `Link`s → `Directive`s.

use crate::dates;
use crate::dictionary::Dictionary;
use crate::directive::{self, Cues, Directive, Speaker};
use crate::entities::{self, Entity, EntityType};
use crate::error::Result;
use crate::names;
use crate::normalize::{Normalized, Span};
use crate::relations::{self, Link};
use crate::sentence::{self, Section, Sentence};
use std::path::{Path, PathBuf};

/// Dictionaries and cues, loaded once and shared by every document.
pub struct Pipeline {
    pub dict: Dictionary,
    pub(crate) cues: Cues,
}

/// Everything found in one document; spans are bytes of `norm.text`.
pub struct Analysis {
    /// The text as read (BOM removed): every reported span refers to it.
    pub original: String,
    pub norm: Normalized,
    pub sentences: Vec<Sentence>,
    /// Sorted by start, longest first.
    pub entities: Vec<Entity>,
    pub honorifics: Vec<Span>,
    pub links: Vec<Link>,
    pub directives: Vec<Directive>,
    /// Each distinct person name → the span of its longest form in the
    /// document ("Minh" → "Nguyễn Văn Minh").
    pub full_names: rustc_hash::FxHashMap<String, Span>,
    /// Full name as written → that person's links, in text order.
    pub links_of: rustc_hash::FxHashMap<String, Vec<Link>>,
    /// The headline, as a span of `norm.text`.
    pub title: Option<Span>,
    /// The article's date, YYYY-MM-DD.
    pub date: Option<String>,
}

impl Pipeline {
    /// Load the dictionaries in `dir` plus a user's extra files.
    pub fn load(dir: &Path, extra: &[PathBuf]) -> Result<Pipeline> {
        Ok(Pipeline::new(Dictionary::load(dir, extra)?))
    }

    pub fn new(mut dict: Dictionary) -> Pipeline {
        // (The sentence model moves to the cues that use it, not copied.)
        let model = std::mem::take(&mut dict.model);
        let cues = Cues::new(&dict, model);
        Pipeline { dict, cues }
    }

    /// Analyse one document's text (as read, BOM removed).
    pub fn analyse(&self, original: String) -> Analysis {
        let norm = Normalized::new(&original);
        let mut sentences = sentence::split(&norm.text, &self.dict.abbreviations);
        sentence::label_sections(
            &norm.text,
            &norm.folded,
            &mut sentences,
            &self.dict.furniture,
        );
        let mut mentions = entities::find(&self.dict, &norm);
        let persons = names::find(&self.dict, &norm, &sentences, &mentions);
        let mut ents = std::mem::take(&mut mentions.entities);
        // A name beats a one-syllable place inside it ("Vũ Đức Đam").
        let names_cover = crate::normalize::Cover::new(persons.iter().map(|p| p.span));
        ents.retain(|e| e.ty != EntityType::Loc || !names_cover.overlaps(&e.span));
        ents.extend(persons);
        streets_named_after_people(&norm, &mut ents);
        ents.extend(dates::find(&norm));
        let tags = source_tags(&norm, &ents);
        if !tags.is_empty() {
            ents.retain(|e| {
                e.ty != EntityType::Person || !tags.iter().any(|t| t.span.overlaps(&e.span))
            });
            ents.extend(tags);
        }
        abbreviations(&norm, &mut ents);
        drop_generic(&norm, &mut ents);
        drop_level_lists(&norm, &mut ents);
        // Keep only entities that lie within one sentence.
        ents.retain(|e| {
            let i = sentences.partition_point(|s| s.span.start <= e.span.start);
            i > 0 && sentences[i - 1].span.contains(&e.span)
        });
        ents.sort_by(|a, b| {
            (a.span.start, std::cmp::Reverse(a.span.end), a.ty).cmp(&(
                b.span.start,
                std::cmp::Reverse(b.span.end),
                b.ty,
            ))
        });
        ents.dedup_by(|a, b| a.span == b.span && a.ty == b.ty);
        let links = relations::link(&norm.folded, &sentences, &ents, &mentions.honorifics);
        // (The offices linked to a person, by span: the indices in `links`
        // go stale once entities are dropped.)
        let linked: rustc_hash::FxHashSet<Span> =
            links.iter().map(|l| ents[l.title].span).collect();
        let dropped = drop_plural_titles(&norm, &mut ents, &linked);
        let turned = standing_bodies(&mut ents, &linked);
        // (Linked again only when entities changed: the links of the same
        // entities are the same.)
        let links = if dropped || turned {
            relations::link(&norm.folded, &sentences, &ents, &mentions.honorifics)
        } else {
            links
        };
        let directives = directive::classify(
            &self.cues,
            &directive::Context::new(&norm, &sentences, &ents, &links),
        );
        let title = sentences
            .iter()
            .find(|s| s.section == Section::Title)
            .map(|s| s.span);
        let date = sentences
            .iter()
            .take(6)
            .filter(|s| {
                matches!(
                    s.section,
                    Section::Dateline | Section::Title | Section::Byline
                )
            })
            .chain(sentences.iter().filter(|s| s.section == Section::Byline))
            .find_map(|s| {
                ents.iter()
                    .filter(|e| e.ty == EntityType::Date && s.span.contains(&e.span))
                    .find_map(|e| (!e.canonical.is_empty()).then(|| e.canonical.clone()))
            });
        let full_names = full_names(&norm, &ents);
        let mut a = Analysis {
            links_of: Default::default(),
            full_names,
            original,
            norm,
            sentences,
            entities: ents,
            honorifics: mentions.honorifics,
            links,
            directives,
            title,
            date,
        };
        for l in &a.links {
            let name = a.full_name(l.person).to_string();
            a.links_of.entry(name).or_default().push(*l);
        }
        a
    }
}

/// Words that open a parenthesis at a line's start without naming an
/// outlet: credits and notes ("(Ảnh: …)", "(Theo TTXVN)").
const NOT_OUTLET: [&str; 8] = ["Theo", "Ảnh", "Nguồn", "Video", "Clip", "Tin", "Xem", "Đọc"];

/// The outlet that opens a story's lead, as Vietnamese papers write it:
/// "(TPO) - Sáng 12/11, …", "(Dân trí) - …", "(NTO) Ngày 26-4, …", or bare
/// "TTO - Ông …", "GD&TĐ - Sáng …". The guide counts news outlets named as
/// sources as ORGs; a web address ("(Chinhphu.vn)") is none.
fn source_tags(norm: &Normalized, ents: &[Entity]) -> Vec<Entity> {
    let text = &norm.text;
    let mut found = Vec::new();
    // (Lines found with memchr: the scan covers every byte of the text.)
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).chain(std::iter::once(text.len()));
    let mut line_start = 0;
    for end in ends {
        let at = line_start;
        let line = &text[at..end];
        line_start = end + 1;
        let lead = line.trim_start_matches([' ', '\t']);
        let start = at + (line.len() - lead.len());
        let name = if let Some(inner) = lead.strip_prefix('(') {
            parenthesised_outlet(inner).map(|n| (start + 1, start + 1 + n))
        } else {
            bare_outlet(lead)
                .or_else(|| lone_code(lead))
                .map(|n| (start, start + n))
        };
        let Some((s, e)) = name else { continue };
        let sp = Span::new(s, e);
        // (An outlet the dictionaries know, "(VOV5) -", is found already;
        // the tag is no one's name, "(BTNO) -".)
        if ents
            .iter()
            .any(|b| b.span.overlaps(&sp) && b.ty != EntityType::Person)
        {
            continue;
        }
        let mut ent = Entity::new(
            sp,
            EntityType::Org,
            text[s..e].to_string(),
            directive::SOURCE_TAG.into(),
        );
        ent.kind = "media".into();
        found.push(ent);
    }
    found
}

/// "VNF", "SGGP" on a line of their own: three to six capitals that spell
/// no Vietnamese syllable (no vowel), an outlet's code, not a signature
/// ("PV", two letters, is the reporter).
fn lone_code(lead: &str) -> Option<usize> {
    let code = lead.trim_end();
    // (Plain ASCII capitals: "ĐỨC", "HƯNG" have their vowels in marks.)
    ((3..=6).contains(&code.len())
        && code.chars().all(|c| c.is_ascii_uppercase())
        && !code.contains(['A', 'E', 'I', 'O', 'U', 'Y']))
    .then_some(code.len())
}

/// "TPO) - Sáng …": the outlet's length in `inner` (the text after "(").
fn parenthesised_outlet(inner: &str) -> Option<usize> {
    let close = inner.find(')')?;
    let name = &inner[..close];
    let words: Vec<&str> = name.split(' ').collect();
    let after = inner[close + 1..].trim_start_matches(' ');
    let lead_follows = after.starts_with(['-', '–', '—'])
        || after.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    (name.chars().count() >= 2
        && name.chars().count() <= 30
        && words.len() <= 4
        && words.iter().all(|w| !w.is_empty())
        && name.starts_with(char::is_uppercase)
        && !name.contains(['.', ':', '/', ',', ';'])
        && !NOT_OUTLET.contains(&words[0])
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '&' | '+' | '-'))
        && lead_follows)
        .then_some(close)
}

/// "TTO - Ông …", "VTV8-Thứ năm": one word with two or more capitals or a
/// digit (an abbreviation or a brand), a dash, and the lead's first words.
fn bare_outlet(lead: &str) -> Option<usize> {
    let end = lead.find([' ', '-', '–', '—'])?;
    let name = &lead[..end];
    let after = lead[end..].trim_start_matches(' ');
    let after = after.strip_prefix(['-', '–', '—'])?;
    let after = after.trim_start_matches(['-', ' ']);
    let capitals = name.chars().filter(|c| c.is_uppercase()).count();
    (name.starts_with(char::is_uppercase)
        && (2..=15).contains(&name.chars().count())
        && capitals >= 2
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '&' | '+'))
        && after.starts_with(char::is_uppercase)
        && after
            .split('\n')
            .next()
            .is_some_and(|l| l.chars().count() >= 30))
    .then_some(end)
}

/// For each distinct person name, the longest name in the document that
/// ends with it at a syllable boundary.
fn full_names(norm: &Normalized, ents: &[Entity]) -> rustc_hash::FxHashMap<String, Span> {
    let mut distinct: rustc_hash::FxHashMap<&str, Span> = rustc_hash::FxHashMap::default();
    for e in ents.iter().filter(|e| e.ty == EntityType::Person) {
        distinct
            .entry(&norm.text[e.span.start..e.span.end])
            .or_insert(e.span);
    }
    let mut names: Vec<(&str, Span)> = distinct.into_iter().collect();
    names.sort_by_key(|(n, sp)| (std::cmp::Reverse(n.len()), sp.start));
    let mut out = rustc_hash::FxHashMap::default();
    for (name, sp) in &names {
        let best = names
            .iter()
            .find(|(o, _)| {
                o.ends_with(name)
                    && (o.len() == name.len() || o[..o.len() - name.len()].ends_with(' '))
            })
            .map(|(_, s)| *s)
            .unwrap_or(*sp);
        out.insert(name.to_string(), best);
    }
    out
}

/// "Trung tâm Thông tin tín dụng Quốc gia Việt Nam (CIC)", "Công an nhân
/// dân (CAND)": the capitals in brackets after a body are its short name,
/// here and wherever else the article writes them.
fn abbreviations(norm: &Normalized, ents: &mut Vec<Entity>) {
    let text = &norm.text;
    let mut short: Vec<(String, String)> = Vec::new();
    for e in ents.iter().filter(|e| e.ty == EntityType::Org) {
        let Some(rest) = text[e.span.end..].strip_prefix(" (") else {
            continue;
        };
        let Some(close) = rest.find(')') else {
            continue;
        };
        let abbr = &rest[..close];
        let letters = abbr.chars().filter(|c| c.is_alphabetic()).count();
        // (Letters only, "TN-MT" and "NN&PTNT" too: "APPF-26", "APEC 2017"
        // name meetings.)
        let shape = abbr
            .chars()
            .all(|c| c.is_uppercase() || c == '-' || c == '&');
        if (2..=10).contains(&abbr.chars().count()) && letters >= 2 && shape {
            short.push((abbr.to_string(), e.canonical.clone()));
        }
    }
    if short.is_empty() {
        return;
    }
    short.sort();
    short.dedup_by(|a, b| a.0 == b.0);
    let cover = crate::normalize::Cover::new(ents.iter().map(|e| e.span));
    let mut found = Vec::new();
    for (abbr, canonical) in &short {
        for (i, _) in text.match_indices(abbr.as_str()) {
            let sp = Span::new(i, i + abbr.len());
            if crate::dictionary::boundary_before(text, i)
                && crate::dictionary::boundary_after(text, sp.end)
                && !cover.overlaps(&sp)
            {
                found.push(Entity::new(
                    sp,
                    EntityType::Org,
                    canonical.clone(),
                    "rule:abbreviation".into(),
                ));
            }
        }
    }
    ents.extend(found);
}

/// Quantified or plural mentions are no named body: "4 Văn phòng Trung
/// ương", "bốn cơ quan Văn phòng Trung ương", "các bộ".
fn drop_generic(norm: &Normalized, ents: &mut Vec<Entity>) {
    const QUANT: [&str; 14] = [
        "các", "những", "mọi", "hai", "ba", "bốn", "sáu", "bảy", "tám", "chín", "mười", "mấy",
        "vài", "nhiều",
    ];
    let f = &norm.folded;
    // A place inside a body is part of the body's name.
    let mut orgs: Vec<Span> = ents
        .iter()
        .filter(|e| e.ty == EntityType::Org)
        .map(|e| e.span)
        .collect();
    orgs.sort();
    ents.retain(|e| {
        if e.ty != EntityType::Loc {
            return true;
        }
        // "VOV.VN", "Baochinhphu.vn": the country's web domain, no place.
        let domain = f[..e.span.start]
            .strip_suffix('.')
            .is_some_and(|b| b.ends_with(|c: char| c.is_alphanumeric()))
            && &f[e.span.start..e.span.end] == "vn";
        if domain {
            return false;
        }
        let lo =
            orgs.partition_point(|o| o.start < e.span.start.saturating_sub(entities::MAX_MENTION));
        let hi = orgs.partition_point(|o| o.start <= e.span.start);
        !orgs[lo..hi].iter().any(|o| o.contains(&e.span))
    });
    // (Ministries listed by their field: "Tỉnh ủy, Thành ủy" after "các"
    // are generic.)
    let org_starts: rustc_hash::FxHashSet<usize> = ents
        .iter()
        .filter(|e| e.source == "rule:ministry-list")
        .map(|e| e.span.start)
        .collect();
    ents.retain(|e| {
        if e.ty != EntityType::Org {
            return true;
        }
        // "các Bộ NN&PTNT, Công an, Quốc phòng": "các" counts a list of
        // named ministries, each one named.
        let listed = [", ", ", và ", " và ", "; "].iter().any(|sep| {
            f[e.span.end..].starts_with(sep) && org_starts.contains(&(e.span.end + sep.len()))
        });
        if listed {
            return true;
        }
        // "Thông báo số 228/TB-VPCP": a document's number, no body (guide).
        let token_start = f[..e.span.start]
            .rfind([' ', '\n', '('])
            .map_or(0, |i| i + 1);
        let token_end = f[e.span.end..]
            .find([' ', '\n', ')', ','])
            .map_or(f.len(), |i| e.span.end + i);
        let token = &f[token_start..token_end];
        if token.contains('/') && token.contains(|c: char| c.is_ascii_digit()) {
            return false;
        }
        // "chính quyền, Mặt trận Tổ quốc và các đoàn thể", "MTTQ các cấp":
        // the Front of every level in a formula, no one body.
        let front = matches!(
            &f[e.span.start..e.span.end],
            "mặt trận tổ quốc" | "mttq" | "mặt trận"
        );
        if front
            && [" và các ", " các cấp", " từ trung ương"]
                .iter()
                .any(|w| f[e.span.end..].starts_with(w))
        {
            return false;
        }
        // "Chính phủ điện tử", "Quốc hội số": a system, not the body.
        let after = f[e.span.end..].trim_start();
        if after.starts_with("điện tử") || after.starts_with("số ") {
            return false;
        }
        let before = words_before_on_line(f, e.span.start);
        // "lần thứ 8 Ban Chấp hành", "khóa 13": an ordinal, not a count.
        let ordinal = |k: usize| {
            before
                .get(k)
                .is_some_and(|w| matches!(*w, "thứ" | "số" | "khóa" | "lần"))
        };
        let quant =
            |w: &str| QUANT.contains(&w) || (w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit()));
        if before
            .first()
            .is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()))
            && ordinal(1)
        {
            return true;
        }
        match before.as_slice() {
            [w, ..] if quant(w) => false,
            [c, w, ..] if matches!(*c, "quan" | "vị") && quant(w) => false,
            [c, q, w, ..]
                if (*q == "cơ" && *c == "quan" || *q == "đơn" && *c == "vị") && quant(w) =>
            {
                false
            }
            _ => true,
        }
    });
}

/// "Giao Chủ tịch UBND phường, xã, đặc khu chủ trì …", "BHXH quận,
/// huyện": a body or office of a level below the province followed by more
/// levels is that of every unit of those levels, no one body or holder.
fn drop_level_lists(norm: &Normalized, ents: &mut Vec<Entity>) {
    let f = &norm.folded;
    ents.retain(|e| {
        if !matches!(e.ty, EntityType::Org | EntityType::Title) {
            return true;
        }
        let name = &f[e.span.start..e.span.end];
        // (The province first, "HĐND tỉnh, huyện": the site's one province,
        // then the districts.)
        let ends_with_level = entities::LEVELS[2..]
            .iter()
            .any(|l| name.strip_suffix(l).is_some_and(|b| b.ends_with(' ')));
        // (Not a level with its own name after it: "UBND huyện, xã Tân
        // Phúc" is a district's body and a commune.)
        let more = f[e.span.end..].strip_prefix(", ").is_some_and(|r| {
            entities::LEVELS.iter().any(|l| {
                r.strip_prefix(l).is_some_and(|t| {
                    let at = f.len() - t.len();
                    t.starts_with([',', ';', '.'])
                        || (t.starts_with(' ')
                            && !norm.text[at + 1..].starts_with(char::is_uppercase))
                })
            })
        });
        !(ends_with_level && more)
    });
}

/// The three words before `at`, nearest first, on its own line: a number
/// ending the line above ("… - Ảnh 1") counts nothing here.
fn words_before_on_line(f: &str, at: usize) -> Vec<&str> {
    // Read back word by word, not from the line's start: a paragraph is one
    // line, and this runs for every office.
    let mut out = Vec::with_capacity(3);
    let mut rest = &f[..at];
    while out.len() < 3 {
        let t = rest.trim_end_matches(|c: char| c.is_whitespace() && c != '\n');
        if t.is_empty() || t.ends_with('\n') {
            break;
        }
        let start = t
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        out.push(&t[start..]);
        rest = &t[..start];
    }
    out
}

/// A plural office is a TITLE only when it names its holders ("các đồng chí
/// Ủy viên T.Ư Đảng: A, B"); "các Phó Chủ nhiệm" is not.
/// Whether any was dropped.
fn drop_plural_titles(
    norm: &Normalized,
    ents: &mut Vec<Entity>,
    linked: &rustc_hash::FxHashSet<Span>,
) -> bool {
    let f = &norm.folded;
    let count = ents.len();
    let mut chain_end: Option<usize> = None;
    ents.retain(|e| {
        if e.ty != EntityType::Title {
            return true;
        }
        let before = words_before_on_line(f, e.span.start);
        let plural = match before.as_slice() {
            [w, ..] if matches!(*w, "các" | "những") => true,
            ["chí", "đồng", w, ..] if matches!(*w, "các" | "những") => true,
            _ => false,
        };
        // "các đồng chí Ủy viên Bộ Chính trị, Ủy viên Trung ương Đảng, Phó
        // Thủ tướng…": the offices listed after a plural one are the group's.
        let listed = chain_end.is_some_and(|end: usize| {
            end <= e.span.start && matches!(f[end..e.span.start].trim(), "," | "và" | ", và")
        });
        let group = (plural || listed) && !linked.contains(&e.span);
        if group {
            chain_end = Some(e.span.end);
        } else if chain_end.is_some_and(|end| e.span.start >= end) {
            chain_end = None;
        }
        !group
    });
    ents.len() != count
}

/// "đường Nguyễn Văn Linh", "đường Võ Văn Kiệt": a street named after a
/// person is a place, the word "đường" inside it, and names no one.
fn streets_named_after_people(norm: &Normalized, ents: &mut Vec<Entity>) {
    let f = &norm.folded;
    let mut streets = Vec::new();
    for e in ents.iter_mut().filter(|e| e.ty == EntityType::Person) {
        let Some(head) = f[..e.span.start].strip_suffix("đường ") else {
            continue;
        };
        if head.chars().next_back().is_some_and(char::is_alphanumeric) {
            continue;
        }
        e.span.start = head.len();
        e.ty = EntityType::Loc;
        e.canonical = norm.text[e.span.start..e.span.end].to_string();
        e.source = "rule:street".into();
        streets.push(e.span);
    }
    if !streets.is_empty() {
        let cover = crate::normalize::Cover::new(streets);
        ents.retain(|e| e.source == "rule:street" || !cover.overlaps(&e.span));
    }
}

/// "Thường trực Tỉnh ủy sẽ lựa chọn …", "đề nghị Thường trực Hội …": the
/// standing board of a body, held by no one named beside it, acts as one
/// body (an ORG, its body no second ORG inside); given to a person
/// ("Lê Quang Triều, Thường trực Tỉnh ủy") it stays an office.
/// Whether any office became a body.
fn standing_bodies(ents: &mut Vec<Entity>, linked: &rustc_hash::FxHashSet<Span>) -> bool {
    let mut boards = Vec::new();
    for e in ents.iter_mut() {
        if e.ty == EntityType::Title
            && e.role == "Thường trực"
            && e.source.starts_with("rule:role+org")
            && !linked.contains(&e.span)
        {
            e.ty = EntityType::Org;
            e.source = "rule:standing-body".into();
            e.role.clear();
            e.org.clear();
            boards.push(e.span);
        }
    }
    if !boards.is_empty() {
        // (Boards are offices, disjoint and in text order: the one that may
        // hold an entity is the last starting at or before it.)
        boards.sort();
        ents.retain(|e| {
            let i = boards.partition_point(|b| b.start <= e.span.start);
            let inside = i
                .checked_sub(1)
                .is_some_and(|i| boards[i].contains(&e.span) && boards[i] != e.span);
            !(e.ty == EntityType::Org && inside)
        });
    }
    !boards.is_empty()
}

impl Analysis {
    /// A span of the normalized text as code points of the original, end
    /// exclusive, the offsets every output reports (`idx` indexes
    /// `original`).
    pub fn code_points(&self, idx: &crate::normalize::CpIndex, sp: Span) -> (usize, usize) {
        let o = self.norm.to_original(sp);
        (idx.cp(o.start), idx.cp(o.end))
    }

    /// The original text behind a span of the normalized text.
    pub fn written(&self, sp: Span) -> &str {
        let o = self.norm.to_original(sp);
        &self.original[o.start..o.end]
    }

    /// The best full name for a person entity: the longest person mention
    /// in the document that ends with it ("Minh" → "Nguyễn Văn Minh").
    pub fn full_name(&self, i: usize) -> &str {
        let e = &self.entities[i];
        let name = &self.norm.text[e.span.start..e.span.end];
        self.written(self.full_names.get(name).copied().unwrap_or(e.span))
    }

    /// Speaker as written: a full name, or the body or office as written.
    pub fn speaker_text(&self, s: &Speaker) -> String {
        match s {
            Speaker::Person(i) => self.full_name(*i).to_string(),
            Speaker::Written(sp) => self.written(*sp).to_string(),
        }
    }

    /// The office the article gives a speaker, preferring one written in
    /// the directive's own sentence.
    pub fn speaker_title(&self, s: &Speaker, sent: usize) -> String {
        let Speaker::Person(i) = s else {
            return String::new();
        };
        let name = self.full_name(*i);
        let links = self.links_of.get(name).map(Vec::as_slice).unwrap_or(&[]);
        links
            .iter()
            .find(|l| l.sent == sent)
            .or(links.first())
            .map(|l| self.written(self.entities[l.title].span).to_string())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(text: &str) -> Vec<String> {
        let norm = Normalized::new(text);
        source_tags(&norm, &[])
            .into_iter()
            .map(|e| norm.text[e.span.start..e.span.end].to_string())
            .collect()
    }

    /// The entities the whole pipeline finds, as written, with their type.
    fn entities(text: &str) -> Vec<(String, EntityType)> {
        let a = crate::test_pipeline().analyse(text.to_string());
        a.entities
            .iter()
            .map(|e| (a.norm.text[e.span.start..e.span.end].to_string(), e.ty))
            .collect()
    }

    #[test]
    fn a_level_followed_by_more_levels_is_every_unit() {
        let e = entities("Giao Chủ tịch UBND phường, xã, đặc khu chủ trì, phối hợp Sở Y tế.");
        assert!(!e.iter().any(|(t, _)| t.contains("phường")), "{e:?}");
        // A level with its own name after it is a named unit.
        let e = entities("Giao UBND huyện, xã Tân Phúc phối hợp thực hiện.");
        assert!(
            e.contains(&("UBND huyện".to_string(), EntityType::Org)),
            "{e:?}"
        );
        // The province first is the site's one province.
        let e = entities("Bầu cử đại biểu HĐND tỉnh, huyện nhiệm kỳ 2016 - 2021.");
        assert!(
            e.contains(&("HĐND tỉnh".to_string(), EntityType::Org)),
            "{e:?}"
        );
    }

    #[test]
    fn capitals_with_no_vowel_sign_no_name() {
        let e = entities(
            "Ban Nội chính đề nghị các cấp ủy xử lý nghiêm, công khai 1-2 vụ việc.\n\nPV\n",
        );
        assert!(!e.iter().any(|(t, _)| t == "PV" || t == "1-2"), "{e:?}");
        let e =
            entities("Các đồng chí cần xây dựng Đảng bộ trong sạch, vững mạnh.\n\nNG. CHƯƠNG\n");
        assert!(
            e.contains(&("NG. CHƯƠNG".to_string(), EntityType::Person)),
            "{e:?}"
        );
    }

    #[test]
    fn an_abbreviation_is_a_whole_word_of_a_name() {
        let e = entities("UBND TPHCM đã tiếp nhận báo cáo của Sở ATTP ngày 11-11 về vụ việc.");
        assert!(
            e.contains(&("Sở ATTP".to_string(), EntityType::Org)),
            "{e:?}"
        );
    }

    #[test]
    fn a_code_of_capitals_alone_on_its_line_is_an_outlet() {
        assert_eq!(
            tags("Các cơ sở sẽ đóng cửa từ ngày 1/8.\n\nVNF\n\nCác cơ sở karaoke tạm dừng."),
            ["VNF"]
        );
        // A name in capitals signs the article, its vowels in marks too.
        assert!(tags("Các cơ sở sẽ đóng cửa.\n\nHẢI\n").is_empty());
        assert!(tags("Các cơ sở sẽ đóng cửa.\n\nĐỨC\n").is_empty());
    }

    #[test]
    fn an_outlet_opening_the_lead_is_a_body() {
        let lead = "Sáng 12/11, tại thành phố, Bộ trưởng làm việc với tỉnh.";
        assert_eq!(tags(&format!("(TPO) - {lead}")), ["TPO"]);
        assert_eq!(tags(&format!("Tiêu đề\n(Dân trí) – {lead}")), ["Dân trí"]);
        assert_eq!(tags(&format!("(NTO) {lead}")), ["NTO"]);
        assert_eq!(tags(&format!("GD&TĐ - {lead}")), ["GD&TĐ"]);
        assert_eq!(tags(&format!("VTV8-{lead}")), ["VTV8"]);
    }

    fn orgs(text: &str) -> Vec<String> {
        let dict = Dictionary::load(Path::new("dictionaries"), &[]).expect("dictionaries");
        let p = Pipeline::new(dict);
        let a = p.analyse(text.to_string());
        a.entities
            .iter()
            .filter(|e| e.ty == EntityType::Org)
            .map(|e| a.norm.text[e.span.start..e.span.end].to_string())
            .collect()
    }

    #[test]
    fn document_numbers_and_the_fronts_formula_name_no_body() {
        let f = orgs("Theo Thông báo số 228/TB-VPCP ngày 29/6/2012 của Văn phòng Chính phủ.");
        assert_eq!(f, ["Văn phòng Chính phủ"]);
        let f = orgs("Cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể cần vào cuộc; MTTQ các cấp cần tham gia.");
        assert!(f.is_empty(), "{f:?}");
        let f = orgs("Ngày 20-6, Hội Nông dân (HND) tỉnh tổ chức hội nghị.");
        assert_eq!(f, ["Hội Nông dân (HND) tỉnh"]);
    }

    #[test]
    fn web_addresses_credits_and_prose_are_no_outlet() {
        let lead = "Sáng 12/11, tại thành phố, Bộ trưởng làm việc với tỉnh.";
        assert!(tags(&format!("(Chinhphu.vn) - {lead}")).is_empty());
        assert!(tags(&format!("VOV.VN - {lead}")).is_empty());
        assert!(tags("(Theo TTXVN)\n").is_empty());
        assert!(tags("(Ảnh: Hoàng Anh) - chú thích").is_empty());
        // One capital: a word of prose, not an abbreviation.
        assert!(tags(&format!("Ảnh- {lead}")).is_empty());
        // A short line after the dash: a byline's names.
        assert!(tags("TTXVN - Minh Hằng\n").is_empty());
    }
}
