//! Mentions from the dictionaries: bodies (ORG), places (LOC) and offices
//! (TITLE), with offices composed from a role word and the body after it.

use crate::dictionary::{boundary_after, DictMatch, DictType, Dictionary};
use crate::normalize::{Cover, Normalized, Span};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum EntityType {
    #[serde(rename = "PERSON")]
    Person,
    #[serde(rename = "TITLE")]
    Title,
    #[serde(rename = "ORG")]
    Org,
    #[serde(rename = "LOC")]
    Loc,
    #[serde(rename = "DATE")]
    Date,
}

impl EntityType {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Title => "TITLE",
            EntityType::Org => "ORG",
            EntityType::Loc => "LOC",
            EntityType::Date => "DATE",
        }
    }
    pub fn parse(s: &str) -> Option<EntityType> {
        Some(match s {
            "PERSON" | "PER" => EntityType::Person,
            "TITLE" => EntityType::Title,
            "ORG" => EntityType::Org,
            "LOC" => EntityType::Loc,
            "DATE" => EntityType::Date,
            _ => return None,
        })
    }
    pub const ALL: [EntityType; 5] = [
        EntityType::Person,
        EntityType::Title,
        EntityType::Org,
        EntityType::Loc,
        EntityType::Date,
    ];
}

/// An entity mention; `span` is in bytes of the normalized text.
#[derive(Debug, Clone)]
pub struct Entity {
    pub span: Span,
    pub ty: EntityType,
    pub canonical: String,
    pub source: String,
    /// TITLE only: the role part's canonical form ("Chủ nhiệm").
    pub role: String,
    /// TITLE only: the canonical name of the body in the office, if any.
    pub org: String,
    /// TITLE only: written after "nguyên" (a former office).
    pub former: bool,
    /// ORG only: the body's kind from the dictionary (party, state…).
    pub kind: String,
}

impl Entity {
    pub fn new(span: Span, ty: EntityType, canonical: String, source: String) -> Entity {
        Entity {
            span,
            ty,
            canonical,
            source,
            role: String::new(),
            org: String::new(),
            former: false,
            kind: String::new(),
        }
    }
}

/// No mention spans more bytes than this (an office with its body, a
/// body's full name), so overlap queries look back this far only.
pub const MAX_MENTION: usize = 512;

/// Entities whose start lies in `[lo, hi)`, from a slice sorted by start.
pub fn starting_in(ents: &[Entity], lo: usize, hi: usize) -> std::ops::Range<usize> {
    ents.partition_point(|e| e.span.start < lo)..ents.partition_point(|e| e.span.start < hi)
}

/// Entities that may overlap `sp` (a superset; filter with `overlaps`).
pub fn near(ents: &[Entity], sp: Span) -> &[Entity] {
    &ents[starting_in(ents, sp.start.saturating_sub(MAX_MENTION), sp.end)]
}

/// What the dictionary layer found in one document.
#[derive(Debug, Default)]
pub struct Mentions {
    pub entities: Vec<Entity>,
    /// Spans of honorifics and ranks (đồng chí, ông, Đại tướng).
    pub honorifics: Vec<Span>,
    /// Spans of role words that made no TITLE (still not part of a name).
    pub bare_roles: Vec<Span>,
}

/// Keep the leftmost-longest of overlapping matches (input sorted by start,
/// longest first).
fn leftmost_longest(ms: impl Iterator<Item = DictMatch>) -> Vec<DictMatch> {
    let mut out: Vec<DictMatch> = Vec::new();
    for m in ms {
        if out.last().is_none_or(|l| m.span.start >= l.span.end) {
            out.push(m);
        }
    }
    out
}

/// Function words, and verbs that open the predicate after a name ("…
/// chủ trì", "… yêu cầu"): never a lower-case word of a body's name.
const STOP_WORDS: [&str; 47] = [
    "cần", "phải", "đã", "sẽ", "và", "của", "cho", "tại", "với", "là", "đang", "được", "các",
    "những", "có", "không", "về", "để", "trong", "theo", "khi", "này", "đó", "nhằm", "cũng", "vừa",
    "đến", "từ", "tổ", "làm", "chủ", "phát", "yêu", "đề", "họp", "nhấn", "tham", "dự", "chỉ",
    "tiếp", "thăm", "khẳng", "như", "nghiên", "báo", "kết", "ở",
];

/// The verbs a request goes on with, which end a body's lower-case tail
/// ("thành viên BCĐ tăng cường trách nhiệm, …"; "tăng trưởng" stays a
/// field).
fn request_verb_at(folded: &str, at: usize) -> bool {
    [
        "tăng cường",
        "rà soát",
        "đôn đốc",
        "nâng cao",
        "đẩy mạnh",
        "quán triệt",
        "khẩn trương",
    ]
    .iter()
    .any(|v| folded[at..].starts_with(v) && boundary_after(folded, at + v.len()))
}

/// A hamlet's or a block's class word after the space at `at`, its number
/// or name, and the capitalised name of its commune if one follows ("khu
/// 3B Chu Hóa", "thôn 5", "thôn Đông Hòa"): where they end.
fn residential_unit(text: &str, folded: &str, at: usize) -> Option<usize> {
    const UNITS: [&str; 8] = [
        "tổ dân phố ",
        "khu phố ",
        "tiểu khu ",
        "khu ",
        "thôn ",
        "xóm ",
        "ấp ",
        "bản ",
    ];
    let rest = folded[at..].strip_prefix(' ')?;
    let unit = UNITS.iter().find(|u| rest.starts_with(**u))?;
    let mut end = at + 1 + unit.len();
    let mut named = false;
    // (A number, "3B", "5", or capitalised words.)
    loop {
        let w = &text[end..];
        let wlen = word_len(w);
        let word = &w[..wlen];
        let number = word.starts_with(|c: char| c.is_ascii_digit()) && !named;
        if wlen == 0 || !(number || word.starts_with(char::is_uppercase)) {
            break;
        }
        end += wlen;
        named = true;
        if !text[end..].starts_with(' ') {
            break;
        }
        end += 1;
    }
    named.then(|| at + text[at..end].trim_end().len())
}

/// The length in bytes of the word (letters and digits) that opens `s`.
fn word_len(s: &str) -> usize {
    s.find(|c: char| !c.is_alphanumeric()).unwrap_or(s.len())
}

/// A word written in title case: a capital, then small letters only
/// ("Thịnh", "Sơn"; not "UBND", not "iPhone").
fn title_case(w: &str) -> bool {
    w.starts_with(char::is_uppercase) && w.chars().skip(1).all(char::is_lowercase)
}

/// The length of the lower-case syllable after the space at `at`, if one
/// is there.
fn lower_syllable_at(text: &str, at: usize) -> Option<usize> {
    let w = text[at..].strip_prefix(' ')?;
    let wlen = word_len(w);
    (wlen > 0 && w.starts_with(char::is_lowercase)).then_some(wlen)
}

/// Up to six lower-case syllables from `at`, none a function word, the
/// last a body's level ("… đầu tư xây dựng tỉnh"): where they end.
fn leveled_lower_tail(text: &str, folded: &str, at: usize) -> Option<usize> {
    let mut end = at;
    for _ in 0..6 {
        let wlen = lower_syllable_at(text, end)?;
        let w = &folded[end + 1..end + 1 + wlen];
        if STOP_WORDS.contains(&w) || request_verb_at(folded, end + 1) {
            return None;
        }
        end += 1 + wlen;
        if matches!(w, "tỉnh" | "huyện" | "quận") {
            return Some(end);
        }
    }
    None
}

/// Up to four lower-case syllables from `at` ending at a comma, bracket,
/// semicolon or the end of the sentence, none a function word: the end of
/// a body's name ("… thương mại đa biên (").
fn lower_name_tail(text: &str, folded: &str, at: usize) -> Option<usize> {
    const STOP: [&str; 47] = STOP_WORDS;
    let mut end = at;
    for _ in 0..4 {
        if !text[end..].starts_with(' ') {
            break;
        }
        let wlen = lower_syllable_at(text, end)?;
        if STOP.contains(&&folded[end + 1..end + 1 + wlen]) || request_verb_at(folded, end + 1) {
            return None;
        }
        end += 1 + wlen;
        // "Ban Dân tộc tỉnh nghiên cứu, …": the level of the body ends its
        // name.
        if matches!(&folded[end - wlen..end], "tỉnh" | "huyện" | "quận") {
            return Some(end);
        }
        // "Ban Chỉ đạo phòng, chống lãng phí": "phòng, chống" is one word
        // of the name, its comma inside.
        // (What is fought is a two-syllable noun: "lãng phí", "tham nhũng";
        // the name ends after it, or at the punctuation before.)
        if folded[..end].ends_with("phòng") && folded[end..].starts_with(", chống ") {
            end += ", chống".len();
            for _ in 0..2 {
                let Some(wlen) = lower_syllable_at(text, end) else {
                    break;
                };
                end += 1 + wlen;
            }
            // ("… chống tham nhũng, lãng phí, tiêu cực": the evils fought,
            // listed.)
            while let Some(more) = [", tiêu cực", ", lãng phí", ", buôn lậu"]
                .iter()
                .find(|m| folded[end..].starts_with(**m) && boundary_after(&folded[end..], m.len()))
            {
                end += more.len();
            }
            // "Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh": the disease
            // fought by its name, then the committee's level.
            if folded[..end].ends_with(" dịch") || folded[..end].ends_with(" bệnh") {
                if let Some(e) = disease_name(text, end) {
                    end = level_after(text, e).unwrap_or(e);
                }
            }
            // ("… chống dịch bệnh động vật tỉnh": a few more small words of
            // what is fought, closed by the committee's level.)
            let mut k = end;
            for _ in 0..3 {
                let Some(wlen) = lower_syllable_at(text, k) else {
                    break;
                };
                k += 1 + wlen;
                if matches!(
                    &folded[k - wlen..k],
                    "tỉnh" | "huyện" | "quận" | "xã" | "phường"
                ) {
                    end = k;
                    break;
                }
            }
            return Some(end);
        }
        let next = text[end..].chars().next();
        // (" - Bộ Công an": a spaced dash before the parent body.)
        if next.is_none_or(|c| matches!(c, ',' | ';' | '.' | ')' | ':'))
            || text[end..].starts_with(" (")
            || text[end..].starts_with(" - ")
            || text[end..].starts_with(" – ")
        {
            return Some(end);
        }
    }
    None
}

/// Two to four capitalised words from `at`, one space apart, one of them
/// no Vietnamese syllable: a foreign name.
fn foreign_run(text: &str, folded: &str, at: usize) -> bool {
    let (mut n, mut foreign, mut p) = (0, false, at);
    while n < 4 {
        let w = &text[p..];
        let wlen = word_len(w);
        if wlen == 0 || !w.starts_with(char::is_uppercase) {
            break;
        }
        foreign |= crate::names::foreign_word(&folded[p..p + wlen]);
        n += 1;
        p += wlen;
        if !text[p..].starts_with(' ') {
            break;
        }
        p += 1;
    }
    n >= 2 && foreign
}

/// " Việt Nam-Trung Quốc", " Việt - Lào": two names of one to three
/// capitalised words joined by a dash; the length taken.
fn friendship_pair(rest: &str) -> Option<usize> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        let name = r"\p{Lu}\p{L}*(?: \p{Lu}\p{L}*){0,2}";
        regex::Regex::new(&format!(r"^ {name} ?[-–] ?{name}")).expect("friendship pattern")
    });
    re.find(rest).map(|m| m.end())
}

/// A role with no body after it that acts as an office: the subject of a
/// speech or request cue ("Chủ tịch cũng gợi ý, …"), or written before a
/// Vietnamese name ("Bí thư Lê Văn Thinh").
fn bare_role_as_title(dict: &Dictionary, norm: &Normalized, sp: Span) -> bool {
    let f = &norm.folded;
    let rest = &f[sp.end..];
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    let rest = rest.strip_prefix("cũng ").unwrap_or(rest);
    // ("Lăng Chủ tịch Hồ Chí Minh": inside a capitalised name.)
    let before = norm.text[..sp.start].trim_end_matches(' ');
    let in_name = before.len() + 1 == sp.start
        && before.rsplit(' ').next().is_some_and(|w| {
            // ("…, UBND huyện Phú Lộc, Phó Chủ tịch Đinh Khắc Đính": a
            // comma ends the name before.)
            w.starts_with(char::is_uppercase) && w.ends_with(char::is_alphanumeric)
        });
    // ("viếng Chủ tịch Hồ Chí Minh": the late President's reverential name,
    // no office held in the story; docs/annotation.md, dev08.)
    if in_name || norm.text[sp.end..].starts_with(" Hồ Chí Minh") {
        return false;
    }
    // (A cue written in capitals is a name's word: "Trưởng ban Chỉ đạo …".)
    let verb_case = norm.text[sp.end + 1..].starts_with(char::is_lowercase);
    let cue = verb_case
        && dict.cues.iter().any(|c| {
            matches!(
                c.kind.as_str(),
                "request" | "say" | "opinion" | "wish" | "report"
            ) && rest.starts_with(c.key.as_str())
                && boundary_after(rest, c.key.len())
        });
    let text = &norm.text[sp.end + 1..];
    let mut words = text.split(' ');
    let named = words.next().is_some_and(|w| {
        w.starts_with(char::is_uppercase)
            && dict.is_surname(&norm.folded[sp.end + 1..sp.end + 1 + w.len()])
    }) && words
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic));
    cue || named
}

/// State bodies are never named after a person; schools and academies
/// often are ("Trường THPT Cao Bá Quát").
fn names_no_one(head: &str) -> bool {
    matches!(
        head,
        "ủy ban" | "hội đồng" | "ban" | "bộ" | "sở" | "cục" | "tổng cục" | "vụ"
    )
}

fn named_after_people(head: &str) -> bool {
    head.starts_with("trường") || head == "học viện"
}

/// Two to four capitalised syllables from `at`, one space apart, ending
/// the capitalised run: the shape of a person's name ("Giàng Seo Phử").
/// A body's own name capitalises only its first word ("Ủy ban Dân tộc").
fn person_run(text: &str, at: usize) -> bool {
    (2..=4).contains(&person_run_len(text, at))
}

/// Up to `max` lower-case words from `at` (each after one space, none a
/// function word), then a capitalised one: where the lower-case words end.
fn lower_before_capital(text: &str, folded: &str, at: usize, max: usize) -> Option<usize> {
    let mut end = at;
    for _ in 0..max {
        let w = text[end..].strip_prefix(' ')?;
        let wlen = word_len(w);
        if wlen == 0 || !w.starts_with(char::is_lowercase) {
            return None;
        }
        let lw = &folded[end + 1..end + 1 + wlen];
        // ("… Minh Ngọc Thắng nằm trên phường Quang Trung": where it is.)
        if STOP_WORDS.contains(&lw)
            || matches!(
                lw,
                "nằm" | "trên" | "thuộc" | "đóng" | "phường" | "xã" | "huyện" | "quận" | "tỉnh"
            )
        {
            return None;
        }
        end += 1 + wlen;
        if text[end..]
            .strip_prefix(' ')
            .is_some_and(|n| n.starts_with(char::is_uppercase))
        {
            return Some(end);
        }
    }
    None
}

/// Capitalised words in a row from `at`, up to punctuation.
fn person_run_len(text: &str, at: usize) -> usize {
    let mut n = 0;
    for w in text[at..].split(' ') {
        let letters = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        let mut cs = letters.chars();
        let cap = cs.next().is_some_and(char::is_uppercase) && cs.all(char::is_lowercase);
        if !cap {
            break;
        }
        n += 1;
        // Punctuation after the word ends the run.
        if letters.len() != w.len() {
            break;
        }
    }
    n
}

fn skip_spaces(text: &str, at: usize) -> usize {
    at + (text[at..].len() - text[at..].trim_start_matches(' ').len())
}

/// Find ORG, LOC and TITLE mentions.
pub fn find(dict: &Dictionary, norm: &Normalized) -> Mentions {
    let text = &norm.text;
    let all = dict.find_all(norm);
    let of = |ts: &'static [DictType]| {
        let d = &dict;
        all.iter()
            .copied()
            .filter(move |m| ts.contains(&d.entry(m).ty))
    };

    // Bodies and places: one leftmost-longest layer; a place inside a body
    // is part of the body.
    let bodies = leftmost_longest(of(&[DictType::Org, DictType::Loc, DictType::OrgPrefix]));
    let mut out = Mentions::default();
    let mut body_ents: Vec<Entity> = Vec::new();
    let mut prefixes: Vec<Span> = Vec::new();
    let mut i = 0;
    while i < bodies.len() {
        let m = bodies[i];
        let e = dict.entry(&m);
        // "Pháp chế", "pháp luật": a common word that contains a place name,
        // listed so that it wins the longest match and names nothing.
        if e.kind == "not-a-place" {
            i += 1;
            continue;
        }
        if e.ty == DictType::OrgPrefix {
            prefixes.push(m.span);
            // ("Đảng bộ xã Thịnh Sơn": a commune the dictionaries do not
            // list, named after its class word.)
            let unlisted = (e.kind == "party-organisation")
                .then(|| class_and_name(text, &norm.folded, m.span.end))
                .flatten()
                .filter(|&end| {
                    !bodies[i + 1..]
                        .iter()
                        .take_while(|b| b.span.start < end)
                        .any(|b| dict.entry(b).ty == DictType::Loc)
                });
            if let Some(end) = unlisted {
                body_ents.push(party_body(text, Span::new(m.span.start, end), "place"));
                i = first_from(&bodies, i + 1, end);
                continue;
            }
            // "Ban cán sự đảng" + "UBND tỉnh": one body; alone it is none.
            if let Some(next) = bodies.get(i + 1) {
                let ne = dict.entry(next);
                if ne.ty == DictType::Org && skip_spaces(text, m.span.end) == next.span.start {
                    let mut ent = Entity::new(
                        Span::new(m.span.start, next.span.end),
                        EntityType::Org,
                        format!("{} {}", e.canonical, ne.canonical),
                        "rule:org-prefix".into(),
                    );
                    ent.kind = ne.kind.clone();
                    // "Ban Thường vụ Quận ủy Ba Đình": a local body keeps the
                    // place that follows it.
                    let local = ne.kind.ends_with("-local") || ne.kind.starts_with("local-");
                    let place = bodies.get(i + 2).filter(|p| {
                        local
                            && dict.entry(p).ty == DictType::Loc
                            && skip_spaces(text, next.span.end) == p.span.start
                            && p.span.start > next.span.end
                    });
                    i += extend_over(&mut ent, dict, place, " ");
                    body_ents.push(ent);
                    continue;
                }
                // "Đảng bộ Thanh Hóa", "Đảng bộ TP Hà Nội": the Party
                // organisation of a named place is a body, the place inside.
                let gap = &norm.folded[m.span.end..next.span.start.max(m.span.end)];
                let class_gap = (gap.trim().is_empty() || PLACE_CLASS.contains(&gap.trim()))
                    && gap.starts_with(' ')
                    && gap.ends_with(' ');
                if e.kind == "party-organisation" {
                    if let Some(end) = residential_unit(text, &norm.folded, m.span.end) {
                        // "Chi bộ khu 3B Chu Hóa", "Chi bộ thôn 5": the Party
                        // cell of a hamlet or a block, named by it.
                        body_ents.push(party_body(text, Span::new(m.span.start, end), "unit"));
                        i = first_from(&bodies, i + 1, end);
                        continue;
                    }
                }
                if e.kind == "party-organisation" && ne.ty == DictType::Loc && class_gap {
                    let sp = Span::new(m.span.start, next.span.end);
                    let mut ent = Entity::new(
                        sp,
                        EntityType::Org,
                        text[sp.start..sp.end].to_string(),
                        "rule:org-prefix+place".into(),
                    );
                    ent.kind = "party-local".into();
                    body_ents.push(ent);
                    i += 2;
                    continue;
                }
            }
            i += 1;
            continue;
        }
        // "huyện Mỹ Hào", "thành phố Mỹ Tho": after an administrative class
        // word, a one-syllable country followed by a capitalised syllable
        // begins the place's own name (made from the class word below).
        let after_local = i > 0 && {
            let p = dict.entry(&bodies[i - 1]);
            p.ty == DictType::Org
                && (p.kind.ends_with("-local") || p.kind.starts_with("local-"))
                && skip_spaces(text, bodies[i - 1].span.end) == m.span.start
        };
        if country_starts_name(dict, text, &m)
            && (after_local
                || PLACE_CLASS.iter().any(|c| {
                    norm.folded[..m.span.start]
                        .strip_suffix(' ')
                        .is_some_and(|b| b.ends_with(c))
                }))
        {
            i += 1;
            continue;
        }
        let ty = if e.ty == DictType::Org {
            EntityType::Org
        } else {
            EntityType::Loc
        };
        let mut ent = Entity::new(m.span, ty, e.canonical.clone(), e.tag.clone());
        // "Thành ủy Bắc Kinh", "UBND tỉnh" + a place not in the templates:
        // a local body takes the place that follows it.
        // (A sector office: "Cục Hải quan TP.HCM", "Sở Y tế Hà Nội".)
        let local =
            e.kind.ends_with("-local") || e.kind.starts_with("local-") || e.kind == "department";
        // "Bộ Ngoại giao Trung Quốc": a foreign ministry.
        let ministry = e.kind == "ministry";
        // "Đại sứ quán Thụy Điển tại Việt Nam": an embassy is named by its
        // country (and where it sits); alone it is anaphoric, no body.
        let embassy = e.kind == "embassy";
        if ty == EntityType::Org && (local || ministry || embassy) {
            if let Some(next) = bodies.get(i + 1) {
                let ne = dict.entry(next);
                let fits = if ministry || embassy {
                    ne.kind.starts_with("country")
                } else {
                    true
                };
                if ne.ty == DictType::Loc
                    && fits
                    && skip_spaces(text, m.span.end) == next.span.start
                    && !(local && country_starts_name(dict, text, next))
                {
                    ent.span = Span::new(m.span.start, next.span.end);
                    ent.canonical = format!("{} {}", e.canonical, ne.canonical);
                    ent.source = "rule:body+place".into();
                    ent.kind = e.kind.clone();
                    let host = bodies.get(i + 2).filter(|h| {
                        embassy
                            && dict.entry(h).kind.starts_with("country")
                            && norm.folded[next.span.end..h.span.start] == *" tại "
                    });
                    i += extend_over(&mut ent, dict, host, " tại ");
                    body_ents.push(ent);
                    continue;
                }
            }
            if embassy {
                i += 1;
                continue;
            }
        }
        ent.kind = e.kind.clone();
        body_ents.push(ent);
        i += 1;
    }
    // (Only where the bodies are matters here: no names are copied.)
    let mut known: Vec<Entity> = body_ents
        .iter()
        .map(|e| Entity::new(e.span, e.ty, String::new(), String::new()))
        .collect();
    known.extend(
        prefixes
            .iter()
            .map(|&p| Entity::new(p, EntityType::Org, String::new(), String::new())),
    );
    known.sort_by_key(|e| e.span);
    body_ents.extend(org_heads(dict, norm, &all, &known));
    body_ents.sort_by_key(|e| e.span);
    let mut body_ents = nest_bodies(norm, body_ents);
    body_ents.extend(ministry_lists(dict, norm, &body_ents));
    body_ents.sort_by_key(|e| e.span);
    let body_ents = place_heads(dict, norm, &all, body_ents);
    let body_ents = place_lists(dict, norm, &all, body_ents);
    let body_ents = bracketed_places(norm, body_ents);
    let body_ents = committee_places(dict, norm, body_ents);
    let body_ents = glossed_names(norm, &prefixes, body_ents);
    let mut body_ents = bodies_of_a_country(text, body_ents);
    steering_topics(norm, &mut body_ents);
    // ("Ban Chỉ huy Phòng chống thiên tai … các cấp": the committees at
    // every level, no one body.)
    body_ents
        .retain(|e| e.ty != EntityType::Org || !norm.folded[e.span.end..].starts_with(" các cấp"));

    // Offices: role words and titles, composed with a following body.
    let offices = leftmost_longest(of(&[
        DictType::Title,
        DictType::Role,
        DictType::Honorific,
        DictType::Block,
    ]));
    // Offices that name no body although one is written inside them
    // ("Tỉnh ủy viên").
    let mut no_body: Vec<Span> = Vec::new();
    for m in offices {
        let e = dict.entry(&m);
        if e.ty == DictType::Block {
            continue;
        }
        if e.kind == "title-no-body" {
            no_body.push(m.span);
        }
        // "vai trò Chủ tịch ASEAN": a function, not an office someone holds.
        let before = norm.folded[..m.span.start].trim_end();
        if before.ends_with("vai trò") || before.ends_with("cương vị") {
            continue;
        }
        // "Đại sứ các nước Mông Cổ, Nigeria": several holders, no one's
        // office; "phong hàm Đại sứ": a diplomatic rank.
        let counted = before.ends_with(" hàm");
        if counted || norm.folded[m.span.end..].starts_with(" các nước") {
            continue;
        }
        // "giải quyết dứt điểm số Phó Giám đốc Sở … vượt quá quy định": the
        // holders counted; "Bộ trưởng, Thủ trưởng cơ quan ngang bộ": the
        // formula that addresses every minister.
        let number_of = before == "số"
            || before.ends_with(" số")
            || before.ends_with(" số lượng")
            || before.ends_with(" số các");
        if number_of || norm.folded[m.span.end..].starts_with(", thủ trưởng cơ quan ngang bộ")
        {
            continue;
        }
        if e.ty == DictType::Honorific {
            out.honorifics.push(m.span);
            continue;
        }
        // An office written in lower case counts only with its body after it
        // ("ủy viên Bộ Chính trị"), not alone ("thủ tướng" in prose).
        let lower = text[m.span.start..].starts_with(char::is_lowercase);
        // "tổ trưởng Tổ công tác": a team's leader, a descriptive role.
        if lower && norm.folded[..m.span.start].ends_with(" tổ ") {
            continue;
        }
        // An office entry that already names its body ("Chủ tịch Quốc hội").
        if let Some(b) = near(&body_ents, m.span).iter().find(|b| {
            b.ty == EntityType::Org
                && m.span.contains(&b.span)
                && b.span.end == m.span.end
                && b.span.start > m.span.start
        }) {
            let mut t = Entity::new(
                m.span,
                EntityType::Title,
                e.canonical.clone(),
                e.tag.clone(),
            );
            t.role = text[m.span.start..b.span.start].trim_end().to_string();
            t.org = b.canonical.clone();
            // "Chủ tịch Quốc hội Lào": the same office of another country.
            if let Some(c) = foreign_country_after(text, &body_ents, m.span.end) {
                t.canonical = format!("{} {}", t.canonical, c.canonical);
                t.span.end = c.span.end;
            }
            out.entities.push(t);
            continue;
        }
        // The role may run into a body ("Chánh Văn phòng" + "Văn phòng T.Ư"):
        // the body then starts inside it.
        let inside = near(&body_ents, m.span).iter().find(|b| {
            b.span.start > m.span.start && b.span.start < m.span.end && b.span.end > m.span.end
        });
        if let Some(b) = inside {
            if b.ty == EntityType::Org {
                let role = text[m.span.start..b.span.start].trim_end();
                let mut t = Entity::new(
                    Span::new(m.span.start, b.span.end),
                    EntityType::Title,
                    format!("{} {}", role, b.canonical),
                    "rule:role+org".into(),
                );
                t.role = role.to_string();
                t.org = b.canonical.clone();
                out.entities.push(t);
                continue;
            }
        }
        // A title word inside a body is part of the body's name
        // ("Văn phòng Chủ tịch nước").
        if near(&body_ents, m.span)
            .iter()
            .any(|b| b.span.overlaps(&m.span) && !m.span.contains(&b.span))
        {
            continue;
        }
        let after = skip_spaces(text, m.span.end);
        let next_body = body_ents[starting_in(&body_ents, after, after + 1)]
            .iter()
            .find(|b| after > m.span.end && b.span.start == after);
        let local_head = e.kind == "role-local";
        // "Chủ tịch tỉnh Thanh Hóa", "Phó chủ tịch quận 1": press shorthand
        // for the head of a place's government, the place written with its
        // class word (the place stays a LOC too).
        let class_place = (local_head && !lower)
            .then(|| {
                let numbered = next_body.filter(|b| {
                    b.ty == EntityType::Loc
                        && PLACE_CLASS
                            .iter()
                            .any(|c| norm.folded[b.span.start..b.span.end].starts_with(c))
                });
                numbered
                    .map(|b| b.span.end)
                    .or_else(|| class_and_place(&norm.folded, &body_ents, after))
            })
            .flatten();
        if let Some(end) = class_place {
            let mut t = Entity::new(
                Span::new(m.span.start, end),
                EntityType::Title,
                format!("{} {}", e.canonical, &text[after..end]),
                "rule:role+place".into(),
            );
            t.role = e.canonical.clone();
            out.entities.push(t);
            continue;
        }
        let composed = next_body.filter(|b| {
            b.ty == EntityType::Org
                || b.kind.starts_with("country")
                || (local_head && matches!(b.kind.as_str(), "province" | "city"))
        });
        if let Some(b) = composed {
            let mut end = b.span.end;
            let mut canonical = format!("{} {}", e.canonical, b.canonical);
            // A foreign body's office includes its country ("Chủ tịch Quốc
            // hội Lào", "Chủ nhiệm Ủy ban Đối ngoại của QH Cuba").
            if b.ty == EntityType::Org {
                if let Some(c) = foreign_country_after(text, &body_ents, end) {
                    canonical = format!("{canonical} {}", c.canonical);
                    end = c.span.end;
                }
            }
            // An envoy's posting: "Đại sứ Nhật Bản tại Việt Nam".
            let rest = &norm.folded[end..];
            if b.ty == EntityType::Loc && rest.starts_with(" tại ") {
                let at = end + " tại ".len();
                if let Some(p) = body_ents[starting_in(&body_ents, at, at + 1)]
                    .iter()
                    .find(|p| p.ty == EntityType::Loc)
                {
                    canonical = format!("{canonical} tại {}", p.canonical);
                    end = p.span.end;
                }
            }
            let mut t = Entity::new(
                Span::new(m.span.start, end),
                EntityType::Title,
                canonical,
                format!(
                    "rule:role+{}",
                    if b.ty == EntityType::Org {
                        "org"
                    } else if b.kind.starts_with("country") {
                        "country"
                    } else {
                        "place"
                    }
                ),
            );
            t.role = e.canonical.clone();
            t.org = if b.ty == EntityType::Org {
                b.canonical.clone()
            } else {
                String::new()
            };
            out.entities.push(t);
            continue;
        }
        // "Bộ trưởng Tài chính": a minister's office with the ministry
        // named without "Bộ".
        if !lower && matches!(e.canonical.as_str(), "Bộ trưởng" | "Thứ trưởng") {
            let at = skip_spaces(text, m.span.end);
            let capital = text[at..].starts_with(char::is_uppercase);
            if let Some((end, ministry)) = dict
                .ministry_short_at(&norm.folded, at)
                .filter(|_| capital && at > m.span.end)
            {
                let mut t = Entity::new(
                    Span::new(m.span.start, end),
                    EntityType::Title,
                    format!("{} {}", e.canonical, ministry),
                    "rule:role+ministry".into(),
                );
                // "Bộ trưởng Ngoại giao nước Cộng hòa nhân dân Trung Hoa".
                let foreign = foreign_country_after(text, &body_ents, end);
                if let Some(c) = foreign {
                    t.canonical = format!("{} {}", t.canonical, c.canonical);
                    t.span.end = c.span.end;
                }
                t.role = e.canonical.clone();
                t.org = ministry.to_string();
                out.entities.push(t);
                // "Bộ trưởng NN&PTNT", "Bộ trưởng Thông tin và Truyền
                // thông": the ministry named inside the office is a body;
                // "Bộ trưởng Quốc phòng", "Bộ trưởng Ngoại giao" (two
                // syllables) are the office's own name, as for any country.
                let short = &text[at..end];
                let abbreviated = short.contains(['&', '-']) || !short.contains(' ');
                if foreign.is_none() && (abbreviated || short.split(' ').count() > 2) {
                    out.entities.push(ministry_named(
                        Span::new(at, end),
                        ministry,
                        "rule:ministry-in-title",
                    ));
                }
                continue;
            }
        }
        // ("Tại đây đồng chí chủ tịch xã đã triển khai …": a comrade's office
        // by its level alone is the office of the one person it names; "Bí
        // thư, Chủ tịch tỉnh" in prose is every holder's.)
        if local_head && e.canonical.ends_with("Chủ tịch") {
            let comrade = (before.ends_with("đồng chí") && !before.ends_with("các đồng chí"))
                || before.ends_with("đ/c");
            let level = LEVELS.iter().find(|l| {
                norm.folded[m.span.end..]
                    .strip_prefix(' ')
                    .and_then(|r| r.strip_prefix(**l))
                    .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
                    && !text[m.span.end + 1 + l.len()..]
                        .strip_prefix(' ')
                        .is_some_and(|r| r.starts_with(char::is_uppercase))
            });
            if let Some(l) = level.filter(|_| comrade) {
                let end = m.span.end + 1 + l.len();
                let mut t = Entity::new(
                    Span::new(m.span.start, end),
                    EntityType::Title,
                    format!("{} {}", e.canonical, l),
                    "rule:role+level".into(),
                );
                t.role = e.canonical.clone();
                out.entities.push(t);
                continue;
            }
        }
        if lower {
            continue;
        }
        let has_title = dict.entries[m.entry as usize].ty == DictType::Title
            || all
                .iter()
                .any(|o| o.span == m.span && dict.entry(o).ty == DictType::Title);
        if has_title {
            let mut t = Entity::new(
                m.span,
                EntityType::Title,
                e.canonical.clone(),
                e.tag.clone(),
            );
            t.role = e.canonical.clone();
            out.entities.push(t);
        } else if bare_role_as_title(dict, norm, m.span) {
            // "Chủ tịch đề nghị Trà Vinh …", "Bí thư Lê Văn Thinh": the
            // role alone stands for an office the article makes clear.
            let mut t = Entity::new(
                m.span,
                EntityType::Title,
                e.canonical.clone(),
                "rule:bare-role".into(),
            );
            t.role = e.canonical.clone();
            out.entities.push(t);
        } else if !syllable_of_a_name(text, m.span) {
            out.bare_roles.push(m.span);
        }
    }
    for t in out.entities.iter_mut() {
        let before = norm.folded[..t.span.start].trim_end();
        t.former = before.ends_with("nguyên")
            && crate::dictionary::boundary_before(before, before.len() - "nguyên".len());
        // "Quyền Chủ tịch nước": an acting holder's office names the acting
        // post (capitalised: "quyền" in prose is "the right to").
        if let Some(q) = t.span.start.checked_sub("Quyền ".len()) {
            if text.get(q..t.span.start) == Some("Quyền ")
                && crate::dictionary::boundary_before(&norm.folded, q)
            {
                t.span.start = q;
                t.canonical = format!("Quyền {}", t.canonical);
            }
        }
    }
    if !no_body.is_empty() {
        let cover = Cover::new(no_body);
        body_ents.retain(|b| !cover.overlaps(&b.span));
    }
    // "Ban Chỉ đạo" alone: the steering committee the story is about, a
    // common noun (a `generic-body` block), no name; it still closed the
    // office before it ("Trưởng Ban Chỉ đạo") and joins a body after it.
    let generic: rustc_hash::FxHashSet<Span> = all
        .iter()
        .filter(|o| dict.entry(o).ty == DictType::Block && dict.entry(o).kind == "generic-body")
        .map(|o| o.span)
        .collect();
    body_ents.retain(|b| !(b.ty == EntityType::Org && generic.contains(&b.span)));
    out.entities.extend(body_ents);
    out
}

/// "Đồng chí Nguyễn Công Trưởng, Phó Chủ tịch …": a one-syllable role
/// word right after two capitalised syllables and closed by a comma is the
/// last syllable of a name, no office.
fn syllable_of_a_name(text: &str, role: Span) -> bool {
    if text[role.start..role.end].contains(' ') || !text[role.end..].starts_with(',') {
        return false;
    }
    let before = text[..role.start].strip_suffix(' ').unwrap_or("");
    let mut words = before.rsplit(' ');
    words.next().is_some_and(title_case) && words.next().is_some_and(title_case)
}

/// A one-syllable country followed by a capitalised syllable ("Mỹ Hào",
/// "Mỹ Tho"): the start of a Vietnamese place's name, not the country.
fn country_starts_name(dict: &Dictionary, text: &str, m: &DictMatch) -> bool {
    let e = dict.entry(m);
    e.ty == DictType::Loc
        && e.kind.starts_with("country")
        && !text[m.span.start..m.span.end].contains(' ')
        && text[m.span.end..]
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(char::is_uppercase))
}

/// A body made of two matches, extended over a third when there is one
/// ("Ban Thường vụ Quận ủy" + "Ba Đình", "Đại sứ quán Thụy Điển" + "tại
/// Việt Nam"): how many matches it used.
fn extend_over(
    ent: &mut Entity,
    dict: &Dictionary,
    third: Option<&DictMatch>,
    joiner: &str,
) -> usize {
    match third {
        Some(t) => {
            ent.span.end = t.span.end;
            ent.canonical = format!("{}{}{}", ent.canonical, joiner, dict.entry(t).canonical);
            3
        }
        None => 2,
    }
}

/// "cửa khẩu Tà Lùng", "quần đảo Trường Sa", "quốc lộ 1A": a geographic
/// feature word and the name after it are one LOC.
/// The length of " (ATGT) " at `at`: a bracketed abbreviation in capitals
/// (digits allowed) with a space on both sides.
fn gloss_at(text: &str, at: usize) -> Option<usize> {
    let rest = text[at..].strip_prefix(" (")?;
    let close = rest.find(')')?;
    let abbr = &rest[..close];
    let ok = (2..=10).contains(&abbr.chars().count())
        && abbr
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '&')
        && rest[close + 1..].starts_with(' ');
    ok.then_some(" (".len() + close + ") ".len())
}

/// "Ban Thường vụ (BTV) Quận ủy Hà Đông", "Ủy ban An toàn giao thông (ATGT)
/// quốc gia": an abbreviation glossing the head of a name, the name going
/// on after it, is inside one body (the guide's decision for dev232 and
/// dev256); the abbreviation is no body of its own.
fn glossed_names(norm: &Normalized, prefixes: &[Span], mut ents: Vec<Entity>) -> Vec<Entity> {
    let (text, folded) = (&norm.text, &norm.folded);
    // Most texts have no bracket at all: nothing to collect or sort.
    if !text.contains(" (") {
        return ents;
    }
    let mut heads: Vec<(Span, bool)> = ents
        .iter()
        .filter(|e| e.ty == EntityType::Org)
        .map(|e| (e.span, true))
        .chain(prefixes.iter().map(|&p| (p, false)))
        .collect();
    heads.sort_by_key(|h| h.0);
    let mut merged: Vec<(Span, Span)> = Vec::new();
    for (h, is_body) in heads {
        let Some(g) = gloss_at(text, h.end) else {
            continue;
        };
        let after = h.end + g;
        // The name goes on: a body or place right after the bracket, or the
        // words that end a national body's name.
        let next = ents
            .iter()
            .find(|e| e.span.start == after && matches!(e.ty, EntityType::Org | EntityType::Loc))
            .map(|e| e.span.end);
        let tail = ["quốc gia", "trung ương", "việt nam"]
            .iter()
            .find(|t| {
                folded[after..].starts_with(*t)
                    && !folded[after + t.len()..].starts_with(char::is_alphanumeric)
            })
            .map(|t| after + t.len());
        // "Hội Nông dân (HND) tỉnh", "Hội đồng Nhân dân (HĐND) tỉnh Bạc
        // Liêu", "Ban Chấp hành (BCH) Đảng bộ tỉnh": the body's level, with
        // its place if one follows, after an organ prefix too.
        let level_from = |at: usize| {
            let lvl = LEVELS
                .iter()
                .find(|l| folded[at..].starts_with(*l) && boundary_after(folded, at + l.len()))?;
            let lend = at + lvl.len();
            let place = ents
                .iter()
                .find(|e| e.span.start == lend + 1 && e.ty == EntityType::Loc)
                .map(|e| e.span.end);
            let named = text[lend..]
                .strip_prefix(' ')
                .is_some_and(|a| a.starts_with(char::is_uppercase));
            place.or((!named).then_some(lend))
        };
        let level = level_from(after).or_else(|| {
            let p = prefixes.iter().find(|p| p.start == after)?;
            level_from(p.end + 1).filter(|_| text[p.end..].starts_with(' '))
        });
        let end = match (next, tail, level) {
            (Some(e), _, _) => e,
            (None, Some(e), _) if is_body => e,
            (None, None, Some(e)) if is_body => e,
            _ => continue,
        };
        merged.push((h, Span::new(h.start, end)));
    }
    for (head, sp) in merged {
        ents.retain(|e| !(sp.contains(&e.span) && e.span != head));
        if let Some(e) = ents.iter_mut().find(|e| e.span == head) {
            e.span = sp;
            e.canonical = text[sp.start..sp.end].to_string();
            e.source = "rule:glossed-name".into();
        } else {
            let mut e = Entity::new(
                sp,
                EntityType::Org,
                text[sp.start..sp.end].to_string(),
                "rule:glossed-name".into(),
            );
            e.kind = "party-local".into();
            ents.push(e);
        }
    }
    ents.sort_by_key(|e| e.span);
    ents
}

/// "xã Quỳnh Thọ (Quỳnh Phụ)", "Đức Hòa (Tp.Phan Rang-Tháp Chàm)": a
/// capitalised name in brackets right after a place is the unit it lies in
/// (an administrative class word before it stays out, as elsewhere).
fn bracketed_places(norm: &Normalized, mut ents: Vec<Entity>) -> Vec<Entity> {
    let (text, folded) = (&norm.text, &norm.folded);
    let mut add = Vec::new();
    for e in ents.iter().filter(|e| e.ty == EntityType::Loc) {
        let Some(open) = text[e.span.end..].strip_prefix(" (") else {
            continue;
        };
        let mut at = text.len() - open.len();
        for class in [
            "tp.",
            "tp ",
            "tx.",
            "tx ",
            "thành phố ",
            "thị xã ",
            "huyện ",
            "quận ",
            "tỉnh ",
        ] {
            if folded[at..].starts_with(class) {
                at += class.len();
                break;
            }
        }
        let Some(close) = text[at..].find(')').map(|c| at + c) else {
            continue;
        };
        let inside = &text[at..close];
        let words: Vec<&str> = inside.split([' ', '-']).collect();
        let capitalised = |w: &str| {
            let mut cs = w.chars();
            cs.next().is_some_and(char::is_uppercase)
                && cs.all(|c| crate::normalize::is_letter(c) && !c.is_uppercase())
        };
        if words.is_empty() || words.len() > 5 || !words.iter().all(|w| capitalised(w)) {
            continue;
        }
        let sp = Span::new(at, close);
        if near(&ents, sp).iter().any(|o| o.span.overlaps(&sp)) {
            continue;
        }
        add.push(Entity::new(
            sp,
            EntityType::Loc,
            inside.to_string(),
            "rule:bracketed-place".into(),
        ));
    }
    ents.extend(add);
    ents.sort_by_key(|e| e.span);
    ents
}

/// Compass words (folded), as they name a road ("Bắc - Nam").
const COMPASS: [&str; 4] = ["bắc", "nam", "đông", "tây"];

/// After a compass word at `end`: a dash and another compass word, then an
/// optional "phía" and a third ("Bắc-Nam phía Đông"): where the name ends.
/// (Each written with a capital: "phía đông" is a direction.)
fn compass_road(text: &str, folded: &str, end: usize) -> Option<usize> {
    let compass_at = |at: usize| {
        let w = &folded[at..];
        COMPASS
            .iter()
            .find(|c| {
                w.starts_with(**c)
                    && !w[c.len()..].starts_with(|ch: char| ch.is_alphanumeric())
                    && text[at..].starts_with(char::is_uppercase)
            })
            .map(|c| at + c.len())
    };
    let rest = &folded[end..];
    let dash = if rest.starts_with(" - ") {
        3
    } else if rest.starts_with('-') {
        1
    } else {
        return None;
    };
    let mut e = compass_at(end + dash)?;
    if folded[e..].starts_with(" phía ") {
        if let Some(third) = compass_at(e + " phía ".len()) {
            e = third;
        }
    }
    Some(e)
}

fn place_heads(
    dict: &Dictionary,
    norm: &Normalized,
    all: &[DictMatch],
    mut bodies: Vec<Entity>,
) -> Vec<Entity> {
    let text = &norm.text;
    for m in all.iter().filter(|m| dict.entry(m).ty == DictType::LocHead) {
        let written = &text[m.span.start..m.span.end];
        let kind = dict.entry(m).kind.as_str();
        if kind == "none" {
            continue;
        }
        // "huyện đảo Cô Tô": the longer class word governs, not "đảo".
        // (`all` is sorted by start: a containing match starts shortly before.)
        let lo = all.partition_point(|o| o.span.start + MAX_MENTION < m.span.start);
        if all[lo..]
            .iter()
            .take_while(|o| o.span.start <= m.span.start)
            .any(|o| {
                o.span != m.span
                    && o.span.contains(&m.span)
                    && dict.entry(o).ty == DictType::LocHead
            })
        {
            continue;
        }
        // An administrative class word ("huyện", "thành phố") stays out of
        // the span; it may be capitalised ("Thành phố Phổ Yên") but not in a
        // heading written in capitals.
        let admin = kind == "admin";
        let upper_ok = admin && !written.chars().nth(1).is_some_and(char::is_uppercase);
        if (!written.contains(' ') && written.starts_with(char::is_uppercase) && !upper_ok)
            || (admin && !upper_ok && written.starts_with(char::is_uppercase))
            || near(&bodies, m.span)
                .iter()
                .any(|b| b.span.overlaps(&m.span) && !(admin && b.span.end == m.span.end))
        {
            continue;
        }
        // ("Thông tấn xã Pathet Lào", "Hợp tác xã Nông nghiệp …": "xã" is a
        // syllable of the compound, no commune.)
        if admin
            && ["thông tấn ", "hợp tác "]
                .iter()
                .any(|c| norm.folded[..m.span.start].ends_with(c))
        {
            continue;
        }
        let at = m.span.end + 1;
        if !text[m.span.end..].starts_with(' ') {
            continue;
        }
        // A place the dictionaries know: the feature word joins it.
        let known = starting_in(&bodies, at, at + 1)
            .find(|&i| bodies[i].span.start == at && bodies[i].ty == EntityType::Loc);
        if known.is_some() && kind != "feature" {
            continue;
        }
        if let Some(i) = known {
            // "cao tốc Hà Nội - Hải Phòng": a route named by the places at
            // its ends names those places, not itself.
            let route = {
                let rest = &text[bodies[i].span.end..];
                let next = rest.strip_prefix(" - ").or_else(|| rest.strip_prefix('-'));
                next.is_some_and(|n| {
                    let p = text.len() - n.len();
                    starting_in(&bodies, p, p + 1)
                        .any(|j| bodies[j].span.start == p && bodies[j].ty == EntityType::Loc)
                })
            };
            if route {
                continue;
            }
            let b = &mut bodies[i];
            b.canonical = format!("{} {}", written, b.canonical);
            b.span.start = m.span.start;
            b.source = "rule:feature+place".into();
            continue;
        }
        if !starting_in(&bodies, at, at + 1).is_empty() {
            continue;
        }
        // "tuyến đường Quốc lộ 4D": the second class word names the place.
        let hi = all.partition_point(|o| o.span.start <= at);
        if all[lo..hi]
            .iter()
            .any(|o| o.span.start == at && dict.entry(o).ty == DictType::LocHead)
        {
            continue;
        }
        // Otherwise capitalised syllables, or a road number ("1A"), or an
        // urban district's number ("Quận 2", "Phường 5": the class word
        // stays in, the number alone names nothing).
        let numbered_admin =
            admin && matches!(&norm.folded[m.span.start..m.span.end], "quận" | "phường");
        let mut end = m.span.end;
        let mut words = 0;
        let mut number = false;
        while words < 4 {
            let rest = &text[end..];
            let Some(w) = rest.strip_prefix(' ') else {
                break;
            };
            let wlen = word_len(w);
            let first = w.chars().next().unwrap_or(' ');
            let numbered = words == 0
                && first.is_ascii_digit()
                && (!admin || (numbered_admin && w[..wlen].chars().all(|c| c.is_ascii_digit())));
            number |= numbered;
            if wlen == 0 || !(first.is_uppercase() || numbered) {
                break;
            }
            end += 1 + wlen;
            words += 1;
            if numbered {
                break;
            }
        }
        if words == 0 {
            continue;
        }
        // "cao tốc Bắc - Nam phía Đông", "đại lộ Đông - Tây": a road named
        // by compass words, not by the places at its ends, runs whole.
        let mut start = m.span.start;
        if !admin && words == 1 && COMPASS.contains(&&norm.folded[at..end]) {
            if let Some(e) = compass_road(text, &norm.folded, end) {
                end = e;
                // ("đường bộ cao tốc …": the road's full class words.)
                if norm.folded[..start].ends_with("đường bộ ") {
                    start -= "đường bộ ".len();
                }
            }
        }
        // "Chủ tịch HĐND tỉnh Phương Thị Thanh": "Thị" or "Văn" as the
        // second of three or more syllables marks a person's name, no place.
        // ("huyện Hoàng Su Phì", "huyện Dương Minh Châu": a surname alone
        // opening the name proves nothing.)
        let second = norm.folded[at..end].split(' ').nth(1).unwrap_or("");
        if words >= 3 && matches!(second, "thị" | "văn") {
            continue;
        }
        let sp = Span::new(if admin && !number { at } else { start }, end);
        // "Cộng hòa Đông Uruguay": a state's form with its name takes in
        // the country written inside it.
        // (The name ends with the country: the capitalised words after it
        // are the next name's.)
        let mut sp = sp;
        if kind == "feature" {
            if let Some(c) = starting_in(&bodies, sp.start, sp.end).find(|&i| {
                let b = &bodies[i];
                b.ty == EntityType::Loc && b.kind.starts_with("country") && sp.contains(&b.span)
            }) {
                sp.end = bodies[c].span.end;
            }
        }
        let inner: Vec<usize> = starting_in(&bodies, sp.start, sp.end)
            .filter(|&i| bodies[i].span.overlaps(&sp))
            .collect();
        // ("huyện Yên Mỹ": a district whose last syllable spells a country.)
        let country_inside = (kind == "feature" || admin)
            && !inner.is_empty()
            && inner.iter().all(|&i| {
                let b = &bodies[i];
                b.ty == EntityType::Loc
                    && b.kind.starts_with("country")
                    && sp.contains(&b.span)
                    && (kind == "feature" || b.span.start > sp.start)
            })
            // (Not a person's name after the class word: "tỉnh Nguyễn Đức Trung".)
            && (kind == "feature"
                || !dict.is_surname(
                    norm.folded[sp.start..sp.end].split(' ').next().unwrap_or(""),
                ));
        if country_inside {
            let k = inner[0];
            let b = &mut bodies[k];
            b.canonical = text[sp.start..sp.end].to_string();
            b.span = sp;
            b.source = "rule:feature+place".into();
            continue;
        }
        if near(&bodies, sp).iter().any(|b| b.span.overlaps(&sp)) {
            continue;
        }
        // "UBND quận" + "Bình Tân": a local body ending in the class word
        // takes the name after it.
        if admin {
            // ("Quận ủy" + "quận Bình Tân": a local body before the class word too.)
            // (Only bodies starting within a mention's length before it: the
            // search stays local on large documents.)
            let lo = m.span.start.saturating_sub(MAX_MENTION);
            let owner = starting_in(&bodies, lo, m.span.start + 1).rev().find(|&i| {
                let b = &bodies[i];
                b.ty == EntityType::Org
                    && (b.span.end == m.span.end
                        || (b.span.end + 1 == m.span.start
                            && &text[b.span.end..m.span.start] == " "
                            && b.kind.contains("local")))
            });
            // "Chủ tịch UBND tỉnh Lê Trí Thanh": after a body's class word,
            // three or more capitalised words opening with a family name
            // are its head; after a bare class word ("huyện Hoàng Su Phì")
            // they are the place.
            let first_word = norm.folded[at..end].split(' ').next().unwrap_or("");
            // ("HĐND tỉnh Lê Diễn": every province is listed, so after a
            // body's "tỉnh" two such words are a name too.)
            let province = &norm.folded[m.span.start..m.span.end] == "tỉnh";
            if owner.is_some_and(|i| bodies[i].span.end == m.span.end)
                && (words >= 3 || (province && words == 2))
                && dict.is_surname(first_word)
            {
                continue;
            }
            if let Some(i) = owner {
                let b = &mut bodies[i];
                b.canonical = format!("{} {}", b.canonical, &text[b.span.end..sp.end].trim());
                b.span.end = sp.end;
                b.source = "rule:body+place".into();
                continue;
            }
        }
        bodies.push(Entity::new(
            sp,
            EntityType::Loc,
            text[sp.start..sp.end].to_string(),
            "rule:feature+name".into(),
        ));
        // Kept sorted: the lookups above search by start.
        bodies.sort_by_key(|e| e.span);
    }
    bodies
}

/// Class words of the places below a province, whose names the
/// dictionaries cannot list: a list after one of them names places of that
/// class ("xã Quảng Đức, Quảng Sơn", "04 xã: Vực Trường, Hương Nha và Tứ
/// Mỹ").
const LOCAL_CLASS: [&str; 8] = [
    "xã",
    "phường",
    "thị trấn",
    "thôn",
    "ấp",
    "bản",
    "huyện",
    "quận",
];

fn place_lists(
    dict: &Dictionary,
    norm: &Normalized,
    all: &[DictMatch],
    mut bodies: Vec<Entity>,
) -> Vec<Entity> {
    let (text, folded) = (&norm.text, &norm.folded);
    let mut starts: Vec<usize> = Vec::new();
    // After a place named with its class word: the list goes on.
    for b in bodies.iter().filter(|b| b.ty == EntityType::Loc) {
        let before = folded[..b.span.start].trim_end();
        if LOCAL_CLASS.iter().any(|c| {
            before.ends_with(c)
                && crate::dictionary::boundary_before(before, before.len() - c.len())
        }) {
            starts.push(b.span.end);
        }
    }
    // "04 xã: …", "các phường: …": a counted class word and a colon.
    for colon in colons(folded) {
        let head = &folded[..colon];
        let Some(class) = LOCAL_CLASS.iter().find(|c| head.ends_with(*c)) else {
            continue;
        };
        let count = head[..head.len() - class.len()].trim_end();
        let counted = count.ends_with("các")
            || count.ends_with(|c: char| c.is_ascii_digit())
            || [
                "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười",
            ]
            .iter()
            .any(|n| count.ends_with(n));
        if counted {
            // (From the colon, read as the first separator.)
            starts.push(colon);
        }
    }
    if starts.is_empty() {
        return bodies;
    }
    let mut found = Vec::new();
    for mut at in starts {
        let mut listed = 0;
        loop {
            let rest = &folded[at..];
            let Some(sep) = [", và ", ", ", " và ", ": "]
                .iter()
                .find(|s| rest.starts_with(**s))
                .map(|s| s.len())
            else {
                break;
            };
            let start = at + sep;
            // Up to three capitalised words, then no fourth.
            let mut end = start;
            let mut words = 0;
            while words < 4 {
                let w = &text[end..];
                let wlen = word_len(w);
                if wlen == 0 || !w.starts_with(char::is_uppercase) {
                    break;
                }
                end += wlen;
                words += 1;
                if !text[end..].starts_with(' ') || !text[end + 1..].starts_with(char::is_uppercase)
                {
                    break;
                }
                end += 1;
            }
            // Each word title-case ("TP", "H." are class words), and the item
            // closed by a separator or punctuation, not running into prose
            // ("…, Đã có …").
            // ("Tà Ô": a one-letter syllable is a word too; "H" alone is none.)
            let item = &text[start..end];
            let titled = item
                .split(' ')
                .all(|w| w.chars().skip(1).any(char::is_lowercase) || w.chars().count() == 1)
                && item.contains(char::is_lowercase);
            let after = &folded[end..];
            let closed = after.is_empty()
                || after.starts_with([',', ';', '.', ')', '\n', '…'])
                || after.starts_with(" và ")
                || after.starts_with(" (");
            // ("các xã Tân Phúc, Bãi Sậy, Phù Ủng tập trung …": the last of
            // a list, a name of two words or more, runs into its predicate.)
            let last_of_list = listed > 0
                && words >= 2
                && text[end..]
                    .strip_prefix(' ')
                    .is_some_and(|r| r.starts_with(char::is_lowercase));
            if words == 0 || words > 3 || !titled || !(closed || last_of_list) {
                break;
            }
            let sp = Span::new(start, end);
            // A word the dictionaries know starts the item: a place found
            // already (the list goes on) or an office, a body (it ends).
            let lo = all.partition_point(|o| o.span.start < start);
            let known = all[lo..]
                .iter()
                .take_while(|o| o.span.start == start)
                .next();
            let person =
                words == 3 && dict.is_surname(folded[start..end].split(' ').next().unwrap_or(""));
            let taken = near(&bodies, sp).iter().any(|b| b.span.overlaps(&sp));
            if person || (known.is_some() && !taken) {
                break;
            }
            if !taken {
                let mut e = Entity::new(
                    sp,
                    EntityType::Loc,
                    text[start..end].to_string(),
                    "rule:place-list".into(),
                );
                e.kind = "local".into();
                found.push(e);
            }
            listed += 1;
            at = end;
        }
    }
    if !found.is_empty() {
        bodies.extend(found);
        bodies.sort_by_key(|e| e.span);
        bodies.dedup_by(|a, b| a.span == b.span);
    }
    bodies
}

/// A country other than Việt Nam written right after `at` (one space).
fn foreign_country_after<'a>(text: &str, bodies: &'a [Entity], at: usize) -> Option<&'a Entity> {
    if !text[at..].starts_with(' ') {
        return None;
    }
    // "Bộ trưởng Bộ Quốc phòng nước Cộng hòa xã hội chủ nghĩa Việt Nam":
    // the state written out after "nước" belongs to the office, ours too.
    let state = text[at..].starts_with(" nước ");
    let from = if state {
        at + " nước ".len()
    } else {
        at + 1
    };
    bodies[starting_in(bodies, from, from + 1)]
        .iter()
        .find(|c| {
            c.ty == EntityType::Loc
                && c.kind.starts_with("country")
                && (state || c.canonical != "Việt Nam")
        })
}

/// "Bí thư Thị ủy Sông Cầu": a local Party committee written bare in the
/// dictionaries takes the capitalised place name right after it, unless a
/// person's name follows instead ("Bí thư Tỉnh ủy Phạm Đại Dương").
fn committee_places(dict: &Dictionary, norm: &Normalized, mut bodies: Vec<Entity>) -> Vec<Entity> {
    let text = &norm.text;
    let starts: Vec<usize> = bodies.iter().map(|b| b.span.start).collect();
    for b in bodies.iter_mut() {
        let written = &norm.folded[b.span.start..b.span.end];
        if b.ty != EntityType::Org
            || !matches!(
                written,
                "thị ủy" | "huyện ủy" | "quận ủy" | "thành ủy" | "tỉnh ủy"
            )
        {
            continue;
        }
        let mut end = b.span.end;
        let mut words = 0;
        while words < 3 {
            let Some(w) = text[end..].strip_prefix(' ') else {
                break;
            };
            let wlen = word_len(w);
            // "Quận ủy Quận 2": a district's number after its class word.
            let district_number = words == 1
                && matches!(&norm.folded[b.span.end + 1..end], "quận" | "phường")
                && wlen > 0
                && w[..wlen].chars().all(|c| c.is_ascii_digit());
            if district_number {
                end += 1 + wlen;
                words += 1;
                break;
            }
            if wlen == 0
                || !w.starts_with(char::is_uppercase)
                || w[..wlen].chars().nth(1).is_some_and(char::is_uppercase)
            {
                break;
            }
            let folded = &norm.folded[end + 1..end + 1 + wlen];
            if words == 0 && dict.is_surname(folded) {
                break;
            }
            if starts.binary_search(&(end + 1)).is_ok() {
                break;
            }
            end += 1 + wlen;
            words += 1;
        }
        if words > 0 {
            b.canonical = format!("{} {}", b.canonical, text[b.span.end..end].trim());
            b.span.end = end;
            b.source = "rule:committee+place".into();
        }
    }
    bodies
}

/// "các Bộ Y tế, Tài chính, Công Thương": ministries listed after one "Bộ"
/// are each a body, named as written.
fn ministry_lists(dict: &Dictionary, norm: &Normalized, bodies: &[Entity]) -> Vec<Entity> {
    let (text, folded) = (&norm.text, &norm.folded);
    let mut out = colon_lists(dict, norm, bodies);
    for b in bodies {
        if b.kind != "ministry" || !text[b.span.start..].starts_with("Bộ ") {
            continue;
        }
        let mut at = b.span.end;
        loop {
            let rest = &folded[at..];
            let sep = [", và ", ", ", " và "]
                .iter()
                .find(|s| rest.starts_with(**s))
                .map_or(0, |s| s.len());
            let start = at + sep;
            if sep == 0 || !text[start..].starts_with(char::is_uppercase) {
                break;
            }
            let Some((end, canonical)) = dict.ministry_short_at(folded, start) else {
                break;
            };
            out.push(ministry_named(
                Span::new(start, end),
                canonical,
                "rule:ministry-list",
            ));
            at = end;
        }
    }
    out
}

/// Where ": " occurs (memchr finds the rare colon; a two-byte substring
/// search would read every byte slowly).
fn colons(folded: &str) -> impl Iterator<Item = usize> + '_ {
    let b = folded.as_bytes();
    memchr::memchr_iter(b':', b).filter(move |&i| b.get(i + 1) == Some(&b' '))
}

/// "các Bộ: Quốc phòng, Nội vụ", "các bộ, ngành gồm: Công Thương, Tài
/// chính", "Các Sở: Xây dựng, NN&PTNT, GT-VT": ministries or provincial
/// departments listed after a colon by their field alone, each one a body.
fn colon_lists(dict: &Dictionary, norm: &Normalized, bodies: &[Entity]) -> Vec<Entity> {
    let (text, folded) = (&norm.text, &norm.folded);
    let mut out = Vec::new();
    for colon in colons(folded) {
        let head = folded[..colon].trim_end();
        let head = head.strip_suffix(" gồm").unwrap_or(head);
        let head = head
            .strip_suffix(", ngành")
            .or_else(|| head.strip_suffix(" ngành"))
            .unwrap_or(head);
        // ("lãnh đạo các Tập đoàn: Điện lực Việt Nam (EVN), Dầu khí Quốc
        // gia Việt Nam (PVN), …": state groups by their names after the
        // head, each glossed or not.)
        let group = head.ends_with("các tập đoàn");
        let department = if head.ends_with("các sở") {
            true
        } else if head.ends_with("các bộ") || group {
            false
        } else {
            continue;
        };
        let mut at = colon + 2;
        loop {
            if !text[at..].starts_with(char::is_uppercase) {
                break;
            }
            // A body written whole ("Bộ Khoa học và Công nghệ") stays as
            // found; the list goes on after it.
            let whole = bodies
                .iter()
                .find(|b| b.span.start == at && b.ty == EntityType::Org)
                .map(|b| b.span.end);
            let item = match whole {
                Some(end) => Some((end, None)),
                None => dict
                    .ministry_short_at(folded, at)
                    .map(|(end, c)| (end, Some(c.to_string())))
                    .or_else(|| {
                        // ("các sở: Du lịch, Y tế": a department with no
                        // ministry of its own name, up to the separator.)
                        let len = folded[at..].find([',', ';', '.', ':', '(', ')', '\n'])?;
                        let name = text[at..at + len].trim_end();
                        let words = name.split(' ').count();
                        ((department && words <= 5) || (group && words <= 6))
                            .then(|| (at + name.len(), Some(name.to_string())))
                    }),
            };
            let Some((end, canonical)) = item else { break };
            // (A group's gloss in brackets goes with it: " (EVN), …".)
            let after_gloss = if group {
                folded[end..]
                    .strip_prefix(" (")
                    .and_then(|r| r.find(')').filter(|&i| i <= 12))
                    .map_or(end, |i| end + " (".len() + i + 1)
            } else {
                end
            };
            let rest = &folded[after_gloss..];
            let sep = [", và ", ", ", "; ", " và "]
                .iter()
                .find(|s| rest.starts_with(**s))
                .map(|s| s.len());
            let closes = rest.is_empty() || rest.starts_with(['.', '\n', ')']);
            // A field the dictionaries know is delimited by itself ("…,
            // KH&ĐT đẩy nhanh"); a free-form one only by what closes it.
            let known_field = whole.is_some() || dict.ministry_short_at(folded, at).is_some();
            if sep.is_none() && !closes && !known_field {
                break;
            }
            if let Some(c) = canonical {
                let canonical = if department {
                    format!("Sở {}", c.strip_prefix("Bộ ").unwrap_or(&c))
                } else if group && whole.is_none() {
                    format!("Tập đoàn {c}")
                } else {
                    c
                };
                let mut e = Entity::new(
                    Span::new(at, end),
                    EntityType::Org,
                    canonical,
                    "rule:ministry-list".into(),
                );
                e.kind = if department {
                    "department"
                } else if group {
                    "enterprise"
                } else {
                    "ministry"
                }
                .into();
                out.push(e);
            }
            match sep {
                Some(n) => at = after_gloss + n,
                None => break,
            }
        }
    }
    out
}

/// A disease's name at `at` (after a space): "Covid-19", "COVID-19",
/// "Covid -19", "H5N1". Where it ends.
fn disease_name(text: &str, at: usize) -> Option<usize> {
    let w = text[at..].strip_prefix(' ')?;
    let wlen = w
        .find(|c: char| !(c.is_alphanumeric() || c == '-'))
        .unwrap_or(w.len());
    let word = &w[..wlen];
    let mut end = at + 1 + wlen;
    if !word.starts_with(char::is_uppercase) || word.len() < 3 {
        return None;
    }
    // (The number written apart: "Covid -19".)
    if let Some(n) = text[end..].strip_prefix(" -") {
        let d = n.find(|c: char| !c.is_ascii_digit()).unwrap_or(n.len());
        if d > 0 {
            end += 2 + d;
        }
    }
    let named = word.contains(|c: char| c.is_ascii_digit())
        || text[at + 1 + wlen..end].contains('-')
        || word
            .chars()
            .skip(1)
            .all(|c| c.is_uppercase() || c.is_ascii_digit());
    named.then_some(end)
}

/// A level word ("huyện") right after a body's name at `at` that is no
/// place's class word (no capitalised name follows it): where it ends.
fn level_after(text: &str, at: usize) -> Option<usize> {
    let level = text[at..].strip_prefix(' ')?;
    // ("… Phòng thủ dân sự thành phố: rà soát …": the two-word level.)
    let word = match level.strip_prefix("thành phố") {
        Some(_) => "thành phố",
        None => level.split([' ', ',', '.', ';', ':']).next().unwrap_or(""),
    };
    let end = at + 1 + word.len();
    if !text[end..].is_empty() && !text[end..].starts_with([' ', ',', '.', ';', ':', ')']) {
        return None;
    }
    let named_place = text[end..]
        .strip_prefix(' ')
        .is_some_and(|a| a.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
    (matches!(
        word,
        "tỉnh" | "huyện" | "quận" | "xã" | "phường" | "TP" | "thành phố"
    ) && !named_place)
        .then_some(end)
}

/// A place class word at `at` and a known place right after it: where the
/// place ends.
fn class_and_place(folded: &str, known: &[Entity], at: usize) -> Option<usize> {
    PLACE_CLASS.iter().find_map(|c| {
        let rest = folded[at..].strip_prefix(c)?.strip_prefix(' ')?;
        let p = folded.len() - rest.len();
        near(known, Span::new(p, p + 1))
            .iter()
            .find(|k| k.span.start == p && k.ty == EntityType::Loc)
            .map(|k| k.span.end)
    })
}

/// "Ban Chỉ đạo Trung ương về giảm nghèo bền vững", "… về phòng, chống
/// tham nhũng, tiêu cực": a steering committee named by the field after
/// "về" takes it in, up to the punctuation, a period's words ("giai đoạn",
/// "năm") or a function word that starts the predicate.
fn steering_topics(norm: &Normalized, bodies: &mut [Entity]) {
    let (text, f) = (&norm.text, &norm.folded);
    for b in bodies.iter_mut() {
        // ("báo cáo Trưởng Ban Chỉ đạo về việc kiện toàn …": "về việc"
        // names a matter, no field.)
        // (A committee of its own name, "… Trung ương", "… quốc gia": the
        // bare common noun takes no field, "đã thành lập Ban Chỉ đạo về
        // chuyển đổi số và …".)
        if b.ty != EntityType::Org
            || !f[b.span.start..b.span.end].starts_with("ban chỉ đạo ")
            || !f[b.span.end..].starts_with(" về ")
            || f[b.span.end..].starts_with(" về việc ")
        {
            continue;
        }
        let mut end = b.span.end + " về".len();
        let mut words = 0;
        while words < 10 {
            // "phòng, chống", "tham nhũng, tiêu cực": the comma inside the
            // field's name.
            let comma = [", chống ", ", tiêu cực", ", lãng phí"]
                .iter()
                .any(|c| f[end..].starts_with(c));
            let step = if comma { ",".len() } else { 0 };
            let Some(w) = text[end + step..].strip_prefix(' ') else {
                break;
            };
            let wlen = word_len(w);
            let word = &f[end + step + 1..end + step + 1 + wlen];
            // ("tham nhũng": the evil fought, not "tham" of "tham dự".)
            let fought = f[end + step + 1..].starts_with("tham nhũng");
            // ("… thiên tai và Tìm kiếm cứu nạn": "và" joins a second
            // capitalised field; before small words it joins a verb.)
            let joins_field = word == "và"
                && text[end + step + 1 + wlen..]
                    .strip_prefix(' ')
                    .is_some_and(|r| r.starts_with(char::is_uppercase));
            if wlen == 0
                || (STOP_WORDS.contains(&word) && !joins_field && !fought)
                || request_verb_at(f, end + step + 1)
                || matches!(word, "giai" | "năm" | "do" | "nhiệm" | "khóa" | "khoá")
            {
                break;
            }
            end += step + 1 + wlen;
            words += 1;
        }
        // (A field of one word and "và" left hanging are no name; a matter
        // reported, "về công tác …", "về tình hình …", is none.)
        let field = f[b.span.end + " về".len()..end].trim();
        if ["công tác", "tình hình", "vấn đề", "nội dung", "kết quả"]
            .iter()
            .any(|m| field.starts_with(m))
        {
            continue;
        }
        let field = field.strip_suffix(" và").unwrap_or(field);
        if field.split(' ').count() >= 2 {
            end = b.span.end + " về ".len() + field.len();
            b.canonical = format!(
                "{} về {}",
                b.canonical,
                &text[b.span.end + " về ".len()..end]
            );
            b.span.end = end;
            b.source = "rule:steering+field".into();
        }
    }
}

/// A Party organisation named by what follows its prefix ("place",
/// "unit"): one local Party body.
fn party_body(text: &str, sp: Span, by: &str) -> Entity {
    let mut ent = Entity::new(
        sp,
        EntityType::Org,
        text[sp.start..sp.end].to_string(),
        format!("rule:org-prefix+{by}"),
    );
    ent.kind = "party-local".into();
    ent
}

/// The first match from `i` on that starts at or after `end`.
fn first_from(bodies: &[DictMatch], mut i: usize, end: usize) -> usize {
    while bodies.get(i).is_some_and(|b| b.span.start < end) {
        i += 1;
    }
    i
}

/// Level words of local government, as listed in formulas ("UBND phường,
/// xã, đặc khu") and after a body's name ("Hội Nông dân (HND) tỉnh").
pub(crate) const LEVELS: [&str; 9] = [
    "tỉnh",
    "thành phố",
    "huyện",
    "quận",
    "thị xã",
    "thị trấn",
    "xã",
    "phường",
    "đặc khu",
];

/// " xã Thịnh Sơn": a class word of a place below the province after the
/// space at `at`, then one to three title-case syllables that end before a
/// small word or punctuation: where the name ends.
fn class_and_name(text: &str, folded: &str, at: usize) -> Option<usize> {
    let rest = folded[at..].strip_prefix(' ')?;
    let class = ["xã", "phường", "thị trấn", "thị xã", "huyện", "quận"]
        .iter()
        .find(|c| rest.starts_with(**c) && rest[c.len()..].starts_with(' '))?;
    let mut end = at + 1 + class.len();
    let mut words = 0;
    while words < 4 {
        let Some(w) = text[end..].strip_prefix(' ') else {
            break;
        };
        let wlen = word_len(w);
        let word = &w[..wlen];
        if wlen == 0 || !title_case(word) {
            break;
        }
        end += 1 + wlen;
        words += 1;
    }
    (1..=3).contains(&words).then_some(end)
}

/// Class words written before a place's name ("tỉnh Bình Dương").
pub(crate) const PLACE_CLASS: [&str; 9] = [
    "tỉnh",
    "thành phố",
    "tp",
    "tp.",
    "huyện",
    "quận",
    "thị xã",
    "xã",
    "phường",
];

/// A unit named with the body it belongs to is one body, the outermost span
/// ("Ban Tuyên giáo" + "Tỉnh ủy Quảng Nam"; "Ban Bí thư" + "Trung ương
/// Đảng"; "Sở Y tế" + "tỉnh Bình Dương"). Two names side by side with no
/// comma or "và" between them are never a list in Vietnamese.
fn nest_bodies(norm: &Normalized, ents: Vec<Entity>) -> Vec<Entity> {
    let text = &norm.text;
    let mut out: Vec<Entity> = Vec::with_capacity(ents.len());
    for e in ents {
        if let Some(last) = out.last_mut() {
            let gap = &text[last.span.end.min(e.span.start)..e.span.start];
            let joins = last.ty == EntityType::Org && !last.kind.starts_with("media");
            // "Diễn đàn Kinh tế thế giới WEF": a name and its abbreviation;
            // "WEF ASEAN": two abbreviations side by side.
            let acronym = |sp: Span| !text[sp.start..sp.end].chars().any(char::is_lowercase);
            let apposition = last.canonical == e.canonical
                || (acronym(e.span) && (acronym(last.span) || last.kind == "international"));
            if joins && e.ty == EntityType::Org && gap == " " && !apposition {
                last.span.end = e.span.end;
                last.canonical = format!("{} {}", last.canonical, e.canonical);
                last.source = "rule:unit+body".into();
                continue;
            }
            // "Ủy ban Đối ngoại của Quốc hội", "Ban Chỉ đạo của Thành ủy": a
            // committee named with the body it belongs to is one body.
            let committee = text[last.span.start..last.span.end].starts_with("Ủy ban")
                || text[last.span.start..last.span.end].starts_with("Ban ");
            if joins
                && committee
                && e.ty == EntityType::Org
                && gap == " của "
                && matches!(
                    e.kind.as_str(),
                    "state" | "party" | "party-local" | "local-state" | "local-government"
                )
            {
                last.span.end = e.span.end;
                last.canonical = format!("{} của {}", last.canonical, e.canonical);
                last.source = "rule:unit+body".into();
                continue;
            }
            // A place with its class word, after a local or unlisted body.
            let local = last.kind.contains("local")
                || matches!(last.kind.as_str(), "generic" | "department");
            // "UBND H.Tây Giang", "UBND TP.Nam Định", "Cục Hải quan
            // TP.HCM": the class word abbreviated and fused with the place.
            let fused_class = e.ty == EntityType::Loc && {
                let abbreviated = matches!(gap, " H." | " Q." | " P." | " X." | " TX." | " TP.")
                    || (gap == "."
                        && [" TP", " H", " Q", " P", " X", " TX"]
                            .iter()
                            .any(|c| text[..last.span.end].ends_with(c)));
                // (The place's own "TP." read as the body's last word.)
                let overlapping = e.span.start < last.span.end
                    && e.span.end > last.span.end
                    && e.span.start > last.span.start
                    && text[e.span.start..last.span.end] == *"TP";
                abbreviated || overlapping
            };
            if joins && local && fused_class {
                last.span.end = e.span.end;
                last.canonical = text[last.span.start..last.span.end].to_string();
                last.source = "rule:body+place".into();
                continue;
            }
            if joins && local && e.ty == EntityType::Loc && gap.starts_with(' ') {
                let class = norm.folded[last.span.end..e.span.start].trim();
                // ("Phòng Tài chính huyện" + "Thạch Thành": the class word
                // already closed the composed name.)
                let own_class = gap == " "
                    && PLACE_CLASS.iter().any(|c| {
                        norm.folded[last.span.start..last.span.end]
                            .strip_suffix(c)
                            .is_some_and(|b| b.ends_with(' '))
                    });
                // ("… tỉnh Nghệ An, tỉnh Quảng Bình": the body of each place
                // listed, none.)
                let listed = norm.folded[e.span.end..]
                    .strip_prefix(", ")
                    .is_some_and(|a| {
                        PLACE_CLASS
                            .iter()
                            .any(|c| a.strip_prefix(c).is_some_and(|r| r.starts_with(' ')))
                    });
                if own_class && !listed {
                    last.span.end = e.span.end;
                    last.canonical = format!("{} {}", last.canonical, e.canonical);
                    last.source = "rule:body+place".into();
                    continue;
                }
                if PLACE_CLASS.contains(&class) {
                    last.span.end = e.span.end;
                    last.canonical = format!("{} {} {}", last.canonical, class, e.canonical);
                    last.source = "rule:body+place".into();
                    continue;
                }
            }
        }
        out.push(e);
    }
    // "Giám đốc Sở NN&PTNT tỉnh làm Tổ trưởng": a department's bare level
    // word, no place after it, ends its name.
    // ("Hội Liên hiệp Phụ nữ Việt Nam tỉnh", "Đoàn TNCS Hồ Chí Minh huyện":
    // a mass organisation by its national name, then its chapter's level.)
    let chapter = |e: &Entity| {
        e.ty == EntityType::Org
            && e.kind == "state"
            && (text[e.span.start..e.span.end].ends_with(" Việt Nam")
                || text[e.span.start..e.span.end].ends_with(" Hồ Chí Minh"))
    };
    for e in out
        .iter_mut()
        .filter(|e| e.kind == "department" || chapter(e))
    {
        if let Some(end) = level_after(text, e.span.end) {
            e.canonical = format!("{} {}", e.canonical, &text[e.span.end + 1..end]);
            e.span.end = end;
        }
    }
    out
}

/// "Quốc hội Hàn Quốc", "Bộ Quốc phòng Trung Quốc": a body with its
/// country written right after it is one body, the country inside it.
fn bodies_of_a_country(text: &str, mut bodies: Vec<Entity>) -> Vec<Entity> {
    let mut gone = vec![false; bodies.len()];
    for k in 0..bodies.len() {
        let b = &bodies[k];
        if b.ty != EntityType::Org || b.kind.contains("local") || gone[k] {
            continue;
        }
        let Some(c) = starting_in(&bodies, b.span.end + 1, b.span.end + 2).find(|&c| {
            let c = &bodies[c];
            c.ty == EntityType::Loc && c.kind.starts_with("country") && c.canonical != "Việt Nam"
        }) else {
            continue;
        };
        if &text[b.span.end..b.span.end + 1] != " " {
            continue;
        }
        let (end, country) = (bodies[c].span.end, bodies[c].canonical.clone());
        let b = &mut bodies[k];
        b.canonical = format!("{} {country}", b.canonical);
        b.span.end = end;
        b.source = "rule:body+country".into();
        gone[c] = true;
    }
    let mut k = 0;
    bodies.retain(|_| {
        k += 1;
        !gone[k - 1]
    });
    bodies
}

/// Bodies not in the dictionaries, recognised by a head noun followed by a
/// capitalised name: "Hội đồng Lập pháp Bang Selangor", "Lữ đoàn 679".
/// The levels a school is named by ("Trường THCS …", "trường Tiểu học …").
const SCHOOL_LEVELS: [&str; 9] = [
    "THCS ",
    "THPT ",
    "TH ",
    "Tiểu học ",
    "Mầm non ",
    "Mẫu giáo ",
    "Trung học ",
    "Phổ thông ",
    "PTDT",
];

fn org_heads(
    dict: &Dictionary,
    norm: &Normalized,
    all: &[DictMatch],
    known: &[Entity],
) -> Vec<Entity> {
    let text = &norm.text;
    let mut out: Vec<Entity> = Vec::new();
    for m in all.iter().filter(|m| dict.entry(m).ty == DictType::OrgHead) {
        // "Trưởng ban Tổ chức Tỉnh ủy": the role fuses with the head, small.
        let fused = text[m.span.start..].starts_with(char::is_lowercase)
            && norm.folded[..m.span.start].ends_with("trưởng ");
        // "ông Đặng Trường Giang": a capitalised surname right before the
        // head makes it a syllable of a name.
        let before = &text[..m.span.start];
        let prev_word = before
            .strip_suffix(' ')
            .map(|b| &b[b.rfind(' ').map_or(0, |i| i + 1)..])
            .unwrap_or("");
        // ("Phó Ban Tuyên giáo": "Phó" is a rare surname but here the deputy.)
        let in_name = !prev_word.is_empty() && prev_word.starts_with(char::is_uppercase) && {
            let at = m.span.start - 1 - prev_word.len();
            let prev_folded = &norm.folded[at..at + prev_word.len()];
            prev_folded != "phó" && dict.is_surname(prev_folded)
        };
        // "Bộ Trưởng Bộ …" (an office written with a capital): the office
        // word, no body's head.
        let lo = all.partition_point(|o| o.span.start < m.span.start);
        let office_word = all[lo..]
            .iter()
            .take_while(|o| o.span.start == m.span.start)
            .any(|o| {
                o.span.end > m.span.end
                    && matches!(dict.entry(o).ty, DictType::Role | DictType::Title)
            });
        // "trường THCS Quảng Lâm", "trường Tiểu học Quảng An": a school by
        // its level, named even when the paper writes "trường" small.
        let school = norm.folded[m.span.start..m.span.end] == *"trường"
            && SCHOOL_LEVELS.iter().any(|l| {
                text[m.span.end..]
                    .strip_prefix(' ')
                    .is_some_and(|r| r.starts_with(l))
            });
        if !(fused || school || text[m.span.start..].starts_with(char::is_uppercase))
            || in_name
            || office_word
            || near(known, m.span).iter().any(|k| k.span.overlaps(&m.span))
            || out.last().is_some_and(|o| o.span.overlaps(&m.span))
        {
            continue;
        }
        // "Nhóm Nghị sĩ hữu nghị Việt Nam-Trung Quốc", "Hội hữu nghị Việt -
        // Trung": a friendship body is named by its two countries.
        if dict.entry(m).kind == "friendship" {
            if let Some(e) = friendship_pair(&text[m.span.end..]) {
                let sp = Span::new(m.span.start, m.span.end + e);
                let mut ent = Entity::new(
                    sp,
                    EntityType::Org,
                    text[sp.start..sp.end].to_string(),
                    "rule:friendship".into(),
                );
                ent.kind = "friendship".into();
                out.push(ent);
            }
            continue;
        }
        // ("Sở Tài nguyên - môi trường tỉnh Vĩnh Long", "… Bến Tre": a
        // department by its ministry's field, the press's dash for "và",
        // then its level and place or its place.)
        if norm.folded[m.span.start..m.span.end] == *"sở" && text[m.span.end..].starts_with(' ') {
            if let Some((fe, _)) = dict
                .ministry_short_at(&norm.folded, m.span.end + 1)
                .filter(|&(fe, _)| norm.folded[m.span.end + 1..fe].contains(" - "))
            {
                let place = class_and_place(&norm.folded, known, fe + 1)
                    .filter(|_| text[fe..].starts_with(' '))
                    .or_else(|| {
                        near(known, Span::new(fe + 1, fe + 2))
                            .iter()
                            .find(|k| k.span.start == fe + 1 && k.ty == EntityType::Loc)
                            .map(|k| k.span.end)
                    });
                let end = place.unwrap_or(fe);
                let mut ent = Entity::new(
                    Span::new(m.span.start, end),
                    EntityType::Org,
                    text[m.span.start..end].to_string(),
                    "rule:org-head".into(),
                );
                ent.kind = "department".into();
                out.push(ent);
                continue;
            }
        }
        let mut end = m.span.end;
        // ("BCĐ phòng, chống dịch …": an abbreviated head already holds its
        // capitalised word, "Ban Chỉ đạo".)
        // ("BCĐ 138/CP" is the dictionaries'.)
        let abbreviated = dict.entry(m).kind == "abbreviated";
        if abbreviated {
            let Some(e) = lower_name_tail(text, &norm.folded, end) else {
                continue;
            };
            let mut ent = Entity::new(
                Span::new(m.span.start, e),
                EntityType::Org,
                text[m.span.start..e].to_string(),
                "rule:org-head".into(),
            );
            ent.kind = "generic".into();
            out.push(ent);
            continue;
        }
        let mut named = false;
        let mut prev_cap = false;
        let mut words = 0;
        let mut caps = 0;
        let army = dict.entry(m).kind == "army";
        let company = matches!(
            &norm.folded[m.span.start..m.span.end],
            "công ty" | "tổng công ty" | "tập đoàn"
        );
        let mut prev_number = false;
        // Capitalised words in a row, up to the current one.
        let mut run = 0;
        loop {
            let rest = &text[end..];
            let Some(word_rest) = rest.strip_prefix(' ') else {
                break;
            };
            let mut wlen = word_len(word_rest);
            if wlen == 0 {
                break;
            }
            // ("Sở GD-KH&CN": abbreviations joined by "-" or "&" are one
            // word.)
            while !word_rest[..wlen].contains(char::is_lowercase)
                && word_rest[wlen..].starts_with(['-', '&'])
                && word_rest[wlen + 1..].starts_with(|c: char| c.is_uppercase())
            {
                let more = &word_rest[wlen + 1..];
                wlen += 1 + more
                    .find(|c: char| !c.is_alphanumeric() && c != '&')
                    .unwrap_or(more.len());
            }
            let word = &word_rest[..wlen];
            let first = word.chars().next().unwrap_or(' ');
            let next_end = end + 1 + wlen;
            let span = Span::new(end + 1, next_end);
            if words >= 15
                || near(known, span)
                    .iter()
                    .any(|k| k.span.overlaps(&span) && k.ty == EntityType::Org)
            {
                break;
            }
            words += 1;
            // ("Thông tấn xã Pathet Lào Sounthone Khanthavong": after the
            // country that ends the name, a foreign person's name.)
            // A person's name after the body ends the body, except as the
            // name of a place inside it ("Đồn biên phòng Cửa khẩu Hoàng Diệu").
            // (`all` is sorted by start: only matches starting just before.)
            let lo = all.partition_point(|f| f.span.start + 32 < end);
            let after_feature = all[lo..]
                .iter()
                .take_while(|f| f.span.start < end)
                .any(|f| f.span.end == end && dict.entry(f).ty == DictType::LocHead);
            // ("Thông tấn xã Pathet Lào Sounthone Khanthavong": after the
            // country that ends the name, a foreign person's name.)
            if first.is_uppercase()
                && all[lo..]
                    .iter()
                    .take_while(|f| f.span.start < end)
                    .any(|f| {
                        f.span.end == end
                            && dict.entry(f).ty == DictType::Loc
                            && dict.entry(f).kind.starts_with("country")
                    })
                && foreign_run(text, &norm.folded, span.start)
            {
                break;
            }
            // ("Công ty CP Xi măng La Hiên", "Công ty Nhiệt điện Cao Ngạn":
            // a company's name ends in a place's two syllables; a person
            // after it has three.)
            if first.is_uppercase()
                && dict.is_surname(&norm.folded[span.start..span.end])
                && (if company && named {
                    (3..=4).contains(&person_run_len(text, span.start))
                } else {
                    person_run(text, span.start)
                })
                && !named_after_people(&norm.folded[m.span.start..m.span.end])
                && (named
                    || (names_no_one(&norm.folded[m.span.start..m.span.end])
                        && !near(known, span).iter().any(|k| k.span.start == span.start)))
                && !after_feature
                // ("Công an TP Phan Thiết": a place the dictionaries know.)
                && !near(known, span)
                    .iter()
                    .any(|k| k.span.start == span.start && k.ty == EntityType::Loc)
            {
                break;
            }
            // "Công ty cổ phần Taekwang Vina", "Công ty TNHH Phát triển năng
            // lượng Trina Solar": a company's kind or trade, in lower case,
            // before its capitalised name.
            if company && first.is_lowercase() {
                if let Some(e) = lower_before_capital(text, &norm.folded, end, 3) {
                    end = e;
                    prev_cap = false;
                    continue;
                }
            }
            // "Công ty Nhiệt điện Cao Ngạn và Công ty TNHH …": another
            // body's head after "và" starts a second name.
            if word == "và"
                && all[lo..]
                    .iter()
                    .take_while(|f| f.span.start <= next_end + 1)
                    .any(|f| {
                        f.span.start == next_end + 1
                            && matches!(dict.entry(f).ty, DictType::OrgHead | DictType::Org)
                    })
            {
                break;
            }
            let after_number = std::mem::replace(&mut prev_number, first.is_ascii_digit());
            let prev_run = run;
            run = if first.is_uppercase() || first.is_ascii_digit() {
                run + 1
            } else {
                0
            };
            if first.is_uppercase() || first.is_ascii_digit() {
                named = true;
                prev_cap = true;
                caps += 1;
            } else if army
                && named
                && word == "số"
                && text[next_end..]
                    .strip_prefix(' ')
                    .is_some_and(|a| a.starts_with(|c: char| c.is_ascii_digit()))
            {
                // "Tiểu đoàn Cảnh sát Đặc nhiệm số 3".
                prev_cap = false;
            } else if named
                && word == "và"
                && text[next_end..]
                    .strip_prefix(' ')
                    .is_some_and(|a| a.starts_with(char::is_uppercase))
            {
                // "… Văn hóa và Thông tin": the name goes on.
                prev_cap = false;
            } else if army && after_number {
                // "Quân đoàn 34 đã …": the unit's number ends its name.
                break;
            } else if let Some(e) = (prev_cap && named)
                .then(|| class_and_place(&norm.folded, known, span.start))
                .flatten()
            {
                // "Viện Pasteur thành phố Hồ Chí Minh": a class word and a
                // place the dictionaries know finish the name.
                end = e;
                break;
            } else if prev_cap && named && {
                // ("Sở ATTP ngày 11-11", "Sở ATTP điều tra": an abbreviation
                // is a whole word; no syllable finishes it. A lower-case
                // tail closed by the body's level still names it: "Ban QLDA
                // đầu tư xây dựng tỉnh".)
                let prev = &text[text[..end].rfind(' ').map_or(0, |i| i + 1)..end];
                prev.chars().count() >= 2 && !prev.contains(char::is_lowercase)
            } {
                let leveled_tail = (caps == 1)
                    .then(|| leveled_lower_tail(text, &norm.folded, end))
                    .flatten();
                end = leveled_tail
                    .or_else(|| level_after(text, end))
                    .unwrap_or(end);
                break;
            } else if prev_cap && named {
                // One lower-case syllable may finish a capitalised word
                // ("Lập pháp", "Y tế") inside the name or at its end before
                // punctuation, not before more lower-case prose.
                let after = &text[next_end..];
                // A number after it starts a new phrase too ("có 6 Thứ trưởng").
                // ("Trung đoàn Bộ binh 66": a unit's number ends its name.)
                let numbered_unit = army
                    && after.strip_prefix(' ').is_some_and(|a| {
                        a.starts_with(|c: char| c.is_ascii_digit())
                            || a.strip_prefix("số ")
                                .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()))
                    });
                // ("Phòng Văn hóa và Thông tin": "và" joins two capitalised words.)
                let joined = after
                    .strip_prefix(" và ")
                    .is_some_and(|a| a.starts_with(char::is_uppercase));
                let more_prose = !numbered_unit
                    && !joined
                    && after
                        .strip_prefix(' ')
                        .and_then(|a| a.chars().next())
                        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
                if more_prose {
                    // "Vụ Chính sách thương mại đa biên (Bộ …": a name
                    // written in lower case after its first word, to the
                    // punctuation that closes it, without function words.
                    // (Only after a single capitalised word: after a name
                    // of several, lower case is the predicate.)
                    let stop = STOP_WORDS.contains(&&norm.folded[span.start..span.end]);
                    if let Some(e) =
                        lower_name_tail(text, &norm.folded, next_end).filter(|_| caps == 1 && !stop)
                    {
                        end = e;
                    } else if prev_run == 1
                        && !STOP_WORDS.contains(&&norm.folded[span.start..span.end])
                        && !near(known, span).iter().any(|k| k.span.end == end)
                        && !near(&out, span).iter().any(|k| k.span.end == end)
                    {
                        // "Ban Chỉ đạo …", "Phòng Văn hóa và Thông tin huyện
                        // …": the syllable finishes the capitalised word even
                        // before prose; not after a place or body that ends
                        // the name ("… Việt Nam khẩn trương"), nor after a
                        // run of capitals, a name ("… Hoàng Diệu dự").
                        // ("Ban Chỉ huy Quân sự huyện và …": the body's
                        // level, no place after it, ends its name.)
                        end = level_after(text, next_end).unwrap_or(next_end);
                    }
                    break;
                }
                prev_cap = false;
            } else {
                break;
            }
            end = next_end;
        }
        // A fused head names a unit of the body right after it, or a body
        // with a capitalised name of its own ("Trưởng ban Quản lý KKT Nghi
        // Sơn"); else nothing ("Trưởng ban Quản lý dự án" is no body we can
        // delimit).
        let unit_of_known = starting_in(known, end + 1, end + 2)
            .any(|i| known[i].ty == EntityType::Org && known[i].span.start == end + 1);
        // ("Trưởng phòng Cảnh sát giao thông, Công an tỉnh Đồng Nai": the
        // unit closed by a comma, its body after it; later the same unit
        // alone.)
        let unit_before_body = text[end..].starts_with(", ")
            && starting_in(known, end + 2, end + 3)
                .any(|i| known[i].ty == EntityType::Org && known[i].span.start == end + 2);
        let named_before = out
            .iter()
            .any(|o| norm.folded[o.span.start..o.span.end] == norm.folded[m.span.start..end]);
        if fused && !unit_of_known && !unit_before_body && !named_before && caps < 3 {
            continue;
        }
        // "Bộ CHQS các tỉnh Tây Nguyên": the bodies of many places, none.
        // ("Ban Chỉ huy Quân sự cấp xã": the bodies of a level, none.)
        let plural =
            norm.folded[end..].starts_with(" các ") || norm.folded[end..].starts_with(" cấp ");
        // Do not end on a lower-case word that starts the predicate.
        // "Chủ tịch Hội đồng Quản trị/Hội đồng Thành viên … các tổ chức tín
        // dụng": a company's board with no company named is no body.
        let board = matches!(
            &norm.folded[m.span.start..end],
            "hội đồng quản trị" | "hội đồng thành viên"
        );
        if named && !plural && !board {
            let mut ent = Entity::new(
                Span::new(m.span.start, end),
                EntityType::Org,
                text[m.span.start..end].to_string(),
                "rule:org-head".into(),
            );
            ent.kind = "generic".into();
            out.push(ent);
        }
    }
    out
}

/// A ministry named by a rule: an ORG of kind `ministry`.
fn ministry_named(span: Span, canonical: &str, source: &str) -> Entity {
    let mut e = Entity::new(span, EntityType::Org, canonical.to_string(), source.into());
    e.kind = "ministry".into();
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has(found: &[(String, EntityType)], text: &str, ty: EntityType) -> bool {
        found.iter().any(|(t, y)| t == text && *y == ty)
    }

    fn found(text: &str) -> Vec<(String, EntityType)> {
        let norm = Normalized::new(text);
        let m = find(&crate::test_pipeline().dict, &norm);
        m.entities
            .iter()
            .map(|e| (norm.text[e.span.start..e.span.end].to_string(), e.ty))
            .collect()
    }

    #[test]
    fn the_last_place_of_a_list_may_run_into_its_predicate() {
        let f = found(
            "Đề nghị Ủy ban nhân dân các xã: Tân Phúc, Bãi Sậy, Phù Ủng thực hiện nghiêm túc.",
        );
        assert!(has(&f, "Phù Ủng", EntityType::Loc), "{f:?}");
        assert!(has(&f, "Bãi Sậy", EntityType::Loc), "{f:?}");
    }

    #[test]
    fn xa_inside_a_compound_is_no_commune() {
        let f = found(
            "Ông tiếp Tổng Giám đốc Thông tấn xã Pathet Lào Sounthone Khanthavong tại Hà Nội.",
        );
        assert!(has(&f, "Thông tấn xã Pathet Lào", EntityType::Org), "{f:?}");
        assert!(!f.iter().any(|(t, _)| t.contains("Sounthone")), "{f:?}");
        let f = found("Các điểm gồm Hợp tác xã Trầm Hương Vạn Thắng, Lăng Bà Vú.");
        assert!(
            has(&f, "Hợp tác xã Trầm Hương Vạn Thắng", EntityType::Org),
            "{f:?}"
        );
    }

    #[test]
    fn a_unit_written_small_after_its_head_closed_by_its_body() {
        let f = found("Thượng tá Trần Trọng Thủy, Trưởng phòng Cảnh sát giao thông, Công an tỉnh Đồng Nai yêu cầu.");
        assert!(
            has(&f, "Trưởng phòng Cảnh sát giao thông", EntityType::Title),
            "{f:?}"
        );
        assert!(
            has(&f, "phòng Cảnh sát giao thông", EntityType::Org),
            "{f:?}"
        );
        // With no body after it and never named before: no body we can
        // delimit.
        let f = found("Ông là Trưởng ban Quản lý dự án từ năm 2010.");
        assert!(
            !f.iter()
                .any(|(t, y)| t.starts_with("ban Quản lý") && *y == EntityType::Org),
            "{f:?}"
        );
    }

    #[test]
    fn a_party_organisation_of_an_unlisted_commune_is_a_body() {
        let f =
            found("BTV Huyện ủy duyệt nội dung Đại hội Đảng bộ xã Thịnh Sơn nhiệm kỳ 2015-2020.");
        assert!(has(&f, "Đảng bộ xã Thịnh Sơn", EntityType::Org), "{f:?}");
        // Closed by punctuation too.
        let f = found("Đồng chí dự Đại hội Đảng bộ xã Thịnh Sơn.");
        assert!(has(&f, "Đảng bộ xã Thịnh Sơn", EntityType::Org), "{f:?}");
    }

    #[test]
    fn a_comrades_office_by_its_level_alone_is_a_title() {
        let f = found("Tại đây đồng chí chủ tịch xã đã triển khai kế hoạch.");
        assert!(has(&f, "chủ tịch xã", EntityType::Title), "{f:?}");
        // In prose, every holder's: no title.
        let f = found("Việc Bí thư, Chủ tịch tỉnh vẫn lên Bộ Tài chính để lo xin vốn.");
        assert!(!f.iter().any(|(t, _)| t == "Chủ tịch tỉnh"), "{f:?}");
    }

    #[test]
    fn a_party_committee_written_small_after_its_secretary() {
        let f = found("Đồng chí Trương Hồng Phúc – Bí thư huyện ủy đã chủ trì hội nghị.");
        assert!(has(&f, "Bí thư huyện ủy", EntityType::Title), "{f:?}");
        assert!(has(&f, "huyện ủy", EntityType::Org), "{f:?}");
    }

    #[test]
    fn a_steering_committee_takes_its_field_after_ve() {
        let f = found("Phó Thủ tướng Vương Đình Huệ- Trưởng Ban Chỉ đạo Trung ương về giảm nghèo bền vững giai đoạn 2016 - 2020 chủ trì cuộc họp.");
        assert!(
            has(
                &f,
                "Ban Chỉ đạo Trung ương về giảm nghèo bền vững",
                EntityType::Org
            ),
            "{f:?}"
        );
        assert!(
            has(
                &f,
                "Trưởng Ban Chỉ đạo Trung ương về giảm nghèo bền vững",
                EntityType::Title
            ),
            "{f:?}"
        );
        let f = found("Các vụ án thuộc diện Ban Chỉ đạo Trung ương về phòng chống tham nhũng, tiêu cực theo dõi, chỉ đạo.");
        assert!(
            has(
                &f,
                "Ban Chỉ đạo Trung ương về phòng chống tham nhũng, tiêu cực",
                EntityType::Org
            ),
            "{f:?}"
        );
    }

    #[test]
    fn a_role_word_closing_a_name_is_its_syllable() {
        let a = crate::test_pipeline().analyse(
            "Đồng chí Nguyễn Công Trưởng, Phó Chủ tịch UBND tỉnh dự hội nghị.".to_string(),
        );
        assert!(a.entities.iter().any(|e| e.ty == EntityType::Person
            && &a.norm.text[e.span.start..e.span.end] == "Nguyễn Công Trưởng"));
    }

    #[test]
    fn state_groups_listed_after_their_head_are_bodies() {
        let f = found("Dự họp có lãnh đạo các Tập đoàn: Điện lực Việt Nam (EVN), Dầu khí Quốc gia Việt Nam (PVN), Than – Khoáng sản Việt Nam (Vinacomin).");
        // (The normalized text writes the dash as "-".)
        for g in [
            "Điện lực Việt Nam",
            "Dầu khí Quốc gia Việt Nam",
            "Than - Khoáng sản Việt Nam",
        ] {
            assert!(has(&f, g, EntityType::Org), "{g}: {f:?}");
        }
    }

    #[test]
    fn a_department_by_its_dashed_field_and_its_place() {
        let f = found(
            "Ông Roãn Ngọc Chiến, giám đốc Sở Tài nguyên - môi trường tỉnh Vĩnh Long, cho hay.",
        );
        assert!(
            has(
                &f,
                "Sở Tài nguyên - môi trường tỉnh Vĩnh Long",
                EntityType::Org
            ),
            "{f:?}"
        );
        assert!(
            has(
                &f,
                "giám đốc Sở Tài nguyên - môi trường tỉnh Vĩnh Long",
                EntityType::Title
            ),
            "{f:?}"
        );
    }

    #[test]
    fn joined_abbreviations_are_one_word_of_a_name() {
        let f = found("Qua xem xét Tờ trình số 117 của Sở GD-KH&CN, Chủ tịch UBND tỉnh chỉ đạo.");
        assert!(has(&f, "Sở GD-KH&CN", EntityType::Org), "{f:?}");
    }

    #[test]
    fn request_verbs_end_a_bodys_lower_case_tail() {
        let f = found(
            "Đề nghị từng thành viên BCĐ tăng cường trách nhiệm, theo nhiệm vụ được phân công.",
        );
        assert!(!f.iter().any(|(t, _)| t.contains("tăng cường")), "{f:?}");
    }

    #[test]
    fn leftmost_longest_keeps_the_first_of_overlapping_matches() {
        let m = |s, e, entry| DictMatch {
            span: Span::new(s, e),
            entry,
        };
        let kept =
            leftmost_longest([m(0, 10, 1), m(0, 4, 2), m(5, 12, 3), m(10, 14, 4)].into_iter());
        let entries: Vec<u32> = kept.iter().map(|d| d.entry).collect();
        assert_eq!(entries, [1, 4]);
    }

    #[test]
    fn capitalisation_variants_of_a_name_match() {
        for t in ["Ban Chấp hành Trung ương", "Ban chấp hành Trung ương"] {
            let f = found(&format!("Hội nghị {t} khóa XIII."));
            assert!(has(&f, t, EntityType::Org), "{t}: {f:?}");
        }
    }

    #[test]
    fn lower_case_prose_is_not_a_name() {
        let f = found("Xu hướng quốc hội hóa các vấn đề và chính phủ điện tử đang lan rộng.");
        assert!(f.is_empty(), "{f:?}");
    }

    #[test]
    fn schools_written_small_and_chapters_of_mass_organisations_are_bodies() {
        let f = found("Đoàn khảo sát tại trường THCS Quảng Lâm, tặng quà của Hội Liên hiệp Phụ nữ Việt Nam tỉnh và Ban Chấp hành Đảng bộ huyện Cai Lậy; nhà trường Tân Lập.");
        for t in [
            "trường THCS Quảng Lâm",
            "Hội Liên hiệp Phụ nữ Việt Nam tỉnh",
            "Ban Chấp hành Đảng bộ huyện Cai Lậy",
        ] {
            assert!(has(&f, t, EntityType::Org), "{t}: {f:?}");
        }
        assert!(!f.iter().any(|(t, _)| t.contains("Tân Lập")), "{f:?}");
    }

    #[test]
    fn a_committee_with_its_class_word_fused_to_the_place_is_one_body() {
        let f = found(
            "Ông Hai yêu cầu UBND H.Bắc Bình (Bình Thuận) kiểm tra; đoàn đến sân bay Tân Sơn Nhất.",
        );
        assert!(has(&f, "UBND H.Bắc Bình", EntityType::Org), "{f:?}");
        assert!(has(&f, "Tân Sơn Nhất", EntityType::Loc), "{f:?}");
    }

    #[test]
    fn a_road_named_by_compass_words_runs_whole() {
        let f = found("Dự án đường bộ cao tốc Bắc - Nam phía Đông và cao tốc Bắc-Nam, cao tốc Hà Nội - Hải Phòng.");
        for t in [
            "đường bộ cao tốc Bắc - Nam phía Đông",
            "cao tốc Bắc-Nam",
            "Hà Nội",
            "Hải Phòng",
        ] {
            assert!(has(&f, t, EntityType::Loc), "{t}: {f:?}");
        }
    }

    #[test]
    fn offices_counted_or_addressed_as_a_class_are_no_title() {
        let f = found("Thủ tướng yêu cầu Bộ trưởng, Thủ trưởng cơ quan ngang bộ khẩn trương giải quyết dứt điểm số Phó Giám đốc Sở Tài nguyên và Môi trường vượt quá quy định.");
        let titles: Vec<&str> = f
            .iter()
            .filter(|(_, ty)| *ty == EntityType::Title)
            .map(|(t, _)| t.as_str())
            .collect();
        assert_eq!(titles, ["Thủ tướng"]);
        let f = found("Bộ trưởng Bộ Y tế Đào Hồng Lan dự.");
        assert!(f.iter().any(|(_, ty)| *ty == EntityType::Title), "{f:?}");
    }

    #[test]
    fn a_composed_body_closed_by_its_level_takes_the_place_after_it() {
        let f =
            found("một số công chức Phòng Tài chính huyện Thạch Thành, Thanh Hóa sử dụng xe công.");
        let body = (
            "Phòng Tài chính huyện Thạch Thành".to_string(),
            EntityType::Org,
        );
        assert!(f.contains(&body), "{f:?}");
        // A list of places: the body of each, not of the first.
        let f = found("Trưởng Ban An toàn giao thông tỉnh Nghệ An, tỉnh Quảng Bình chỉ đạo.");
        assert!(has(&f, "Nghệ An", EntityType::Loc), "{f:?}");
    }

    #[test]
    fn a_unit_and_its_parent_body_are_one_body() {
        let f = found("Trưởng Ban Tuyên giáo Tỉnh ủy Quảng Nam Nguyễn Văn A và Giám đốc Sở Y tế tỉnh Bình Dương dự.");
        for (t, ty) in [
            ("Trưởng Ban Tuyên giáo Tỉnh ủy Quảng Nam", EntityType::Title),
            ("Ban Tuyên giáo Tỉnh ủy Quảng Nam", EntityType::Org),
            ("Giám đốc Sở Y tế tỉnh Bình Dương", EntityType::Title),
            ("Sở Y tế tỉnh Bình Dương", EntityType::Org),
        ] {
            assert!(has(&f, t, ty), "{t}: {f:?}");
        }
        assert!(
            !f.iter()
                .any(|(t, _)| t == "Tỉnh ủy Quảng Nam" || t == "Bình Dương"),
            "{f:?}"
        );
        // A name and its abbreviation, or two abbreviations, stay apart.
        let f = found("Diễn đàn Kinh tế thế giới WEF ASEAN được tổ chức.");
        let orgs: Vec<&str> = f.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(orgs, ["Diễn đàn Kinh tế thế giới", "WEF", "ASEAN"]);
    }

    #[test]
    fn feature_words_make_places() {
        let f = found(
            "Đoàn thăm cửa khẩu Tà Lùng, quần đảo Trường Sa, quốc lộ 1A và hồ sơ của Hồ Chí Minh.",
        );
        let locs: Vec<&str> = f
            .iter()
            .filter(|(_, ty)| *ty == EntityType::Loc)
            .map(|(t, _)| t.as_str())
            .collect();
        assert_eq!(
            locs,
            ["cửa khẩu Tà Lùng", "quần đảo Trường Sa", "quốc lộ 1A"]
        );
    }

    #[test]
    fn ministries_named_without_bo() {
        let f = found("Bộ trưởng Tài chính Hồ Đức Phớc và các Bộ Y tế, Công Thương và Ngoại giao.");
        for (t, ty) in [
            ("Bộ trưởng Tài chính", EntityType::Title),
            ("Bộ Y tế", EntityType::Org),
            ("Công Thương", EntityType::Org),
            ("Ngoại giao", EntityType::Org),
        ] {
            assert!(has(&f, t, ty), "{t}: {f:?}");
        }
        // Lower-case prose after "Bộ trưởng" is no ministry.
        let f = found("Bộ trưởng tài chính công khai.");
        assert!(!f.iter().any(|(t, _)| t.contains("tài chính")), "{f:?}");
    }

    #[test]
    fn a_ministry_named_inside_a_ministers_office_is_a_body() {
        let f = found("Bộ trưởng Thông tin và Truyền thông Trương Minh Tuấn và Bộ trưởng NN&PTNT Lê Minh Hoan.");
        for t in ["Thông tin và Truyền thông", "NN&PTNT"] {
            assert!(has(&f, t, EntityType::Org), "{t}: {f:?}");
        }
        // "Bộ trưởng Ngoại giao", like "Bộ trưởng Ngoại giao Liberia", is the
        // office's own name.
        let f = found("Bộ trưởng Ngoại giao Bùi Thanh Sơn phát biểu.");
        assert!(!has(&f, "Ngoại giao", EntityType::Org), "{f:?}");
    }

    #[test]
    fn fields_listed_after_a_colon_are_ministries_or_departments() {
        let f = found("Dự họp có lãnh đạo các Bộ: Quốc phòng, Nội vụ, Bộ Khoa học và Công nghệ.");
        for t in ["Quốc phòng", "Nội vụ", "Bộ Khoa học và Công nghệ"] {
            assert!(has(&f, t, EntityType::Org), "{t}: {f:?}");
        }
        let f = found("Các Sở: Xây dựng, Du lịch, NN&PTNT đẩy nhanh công tác thẩm định.");
        for t in ["Xây dựng", "NN&PTNT", "Du lịch"] {
            assert!(has(&f, t, EntityType::Org), "{t}: {f:?}");
        }
        // Not after a list's head: a colon in prose names no ministry.
        let f = found("Kết quả: Xây dựng, Tài chính đều tăng.");
        assert!(!f.iter().any(|(_, ty)| *ty == EntityType::Org), "{f:?}");
    }

    #[test]
    fn agencies_named_in_lower_case_and_sector_offices_with_their_place() {
        let f = found(
            "Ngân hàng Chính sách xã hội tập trung vốn; Cục Hải quan TP.HCM và Sở Y tế Hà Nội họp.",
        );
        for t in [
            "Ngân hàng Chính sách xã hội",
            "Cục Hải quan TP.HCM",
            "Sở Y tế Hà Nội",
        ] {
            assert!(has(&f, t, EntityType::Org), "{t}: {f:?}");
        }
        let f = found("Giám đốc Trung tâm hành chính công tỉnh: chấn chỉnh kỷ luật.");
        assert!(
            has(&f, "Trung tâm hành chính công tỉnh", EntityType::Org),
            "{f:?}"
        );
        // "tổ trưởng": a team's leader, no office composed with the body.
        let f = found("Phó Thủ tướng là tổ trưởng Tổ công tác của Thủ tướng.");
        assert!(
            has(&f, "Tổ công tác của Thủ tướng", EntityType::Org),
            "{f:?}"
        );
        assert!(!f.iter().any(|(t, _)| t.starts_with("trưởng")), "{f:?}");
    }

    #[test]
    fn communes_listed_after_their_class_word_are_places() {
        let f = found(
            "Cụm số 4 gồm có 04 xã: Vực Trường, Hương Nha, Xuân Quang và Tứ Kỳ. Dự hội nghị.",
        );
        for t in ["Vực Trường", "Hương Nha", "Xuân Quang", "Tứ Kỳ"] {
            assert!(has(&f, t, EntityType::Loc), "{t}: {f:?}");
        }
        let f = found("Đoàn đến xã Quảng Đức, Quảng Sơn, huyện Hải Hà.");
        assert!(has(&f, "Quảng Sơn", EntityType::Loc), "{f:?}");
        // The list ends at an office or at prose.
        let f = found(
            "Tại xã Tân Hiệp, Chủ tịch UBND huyện phát biểu; tại xã Tân Phú, Đã có nhiều hộ.",
        );
        assert!(
            !f.iter()
                .any(|(t, ty)| *ty == EntityType::Loc && (t == "Chủ" || t == "Đã")),
            "{f:?}"
        );
    }

    #[test]
    fn a_two_word_name_after_a_bodys_province_word_is_no_province() {
        let f = found("Chủ tịch HĐND tỉnh Lê Diễn đề nghị UBND tỉnh chỉ đạo.");
        assert!(has(&f, "HĐND tỉnh", EntityType::Org), "{f:?}");
        assert!(!f.iter().any(|(t, _)| t.contains("tỉnh Lê")), "{f:?}");
    }

    #[test]
    fn press_shorthand_for_a_places_chairman_and_envoys_of_many_countries() {
        let f = found(
            "Chủ tịch tỉnh Thanh Hóa yêu cầu; Phó chủ tịch quận 1 Đoàn Ngọc Hải đi kiểm tra.",
        );
        for t in ["Chủ tịch tỉnh Thanh Hóa", "Phó chủ tịch quận 1"] {
            assert!(has(&f, t, EntityType::Title), "{t}: {f:?}");
        }
        assert!(has(&f, "Thanh Hóa", EntityType::Loc), "{f:?}");
        let f = found("Chủ tịch nước tiếp Đại sứ các nước Mông Cổ, Nigeria; trao quyết định phong hàm Đại sứ.");
        assert!(!has(&f, "Đại sứ", EntityType::Title), "{f:?}");
    }

    #[test]
    fn role_and_body_compose_into_one_title() {
        let f = found("Bí thư Tỉnh ủy Kon Tum Dương Văn Trang dự.");
        assert!(
            has(&f, "Bí thư Tỉnh ủy Kon Tum", EntityType::Title),
            "{f:?}"
        );
        assert!(has(&f, "Tỉnh ủy Kon Tum", EntityType::Org), "{f:?}");
    }
}
