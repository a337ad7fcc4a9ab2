//! Directive sentences: where a leader or a Party or State body asks,
//! requires or urges someone to act; with who issued it and to whom.
//!
//! Cue words are evidence read from `dictionaries/cues.tsv`; the decision
//! also weighs who the subject is (an authority, a subordinate, nobody), what
//! follows the cue (an action, or praise and past results), and the passage:
//! guidance continues, without a cue, after a leader starts speaking until
//! another speaker, a heading or a paragraph without guidance.

use crate::dictionary::{boundary_after, boundary_before, Cue, Dictionary};
use crate::entities::{Entity, EntityType};
use crate::normalize::{Normalized, Span};
use crate::relations::Link;
use crate::sentence::{word_count, Section, Sentence};
use aho_corasick::{AhoCorasick, MatchKind};
use rustc_hash::FxHashMap as HashMap;
use std::ops::Not;

#[derive(Debug, Clone)]
pub struct Directive {
    pub sent: usize,
    pub span: Span,
    /// Who issued it: a person's full name, else a body or title as written.
    pub speaker: Option<Speaker>,
    pub cue: String,
    pub addressee: Option<Span>,
    pub score: f32,
}

/// The issuer of a directive.
#[derive(Debug, Clone, PartialEq)]
pub enum Speaker {
    /// Index of a PERSON entity (its longest form in the document).
    Person(usize),
    /// A body or an office with no name given: its span as written.
    Written(Span),
}

/// Cue words compiled once.
pub struct Cues {
    automaton: AhoCorasick,
    /// The automaton's patterns.
    hits: Vec<Cue>,
    /// Every cue's kinds by its key, for the words looked up in context.
    kinds: HashMap<String, Vec<String>>,
    /// Every cue by its kind, in file order.
    by_kind: HashMap<String, Vec<Cue>>,
    /// The sentence model, for what the rules leave out.
    model: crate::model::Model,
}

const HIT_KINDS: [&str; 9] = [
    REQUEST, SAY, WISH, OPINION, NEGATIVE, REPORT, MODAL, CONTINUE, "ignore",
];

impl Cues {
    pub fn new(dict: &Dictionary, model: crate::model::Model) -> Cues {
        // Only words that decide something are searched for; the others
        // (context words, addressee nouns) are looked up where they matter,
        // so that a short one ("các", "bộ") never hides a cue.
        let hits: Vec<Cue> = dict
            .cues
            .iter()
            .filter(|c| HIT_KINDS.contains(&c.kind.as_str()))
            .cloned()
            .collect();
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            // Searched once per sentence: the DFA is the fastest to search.
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            // (No prefilter: in Vietnamese text its rare bytes are common, and
            // switching between it and the DFA costs more than it saves.)
            .prefilter(false)
            .build(hits.iter().map(|c| c.key.as_str()))
            .expect("cue automaton");
        let mut kinds: HashMap<String, Vec<String>> = HashMap::default();
        let mut by_kind: HashMap<String, Vec<Cue>> = HashMap::default();
        for c in &dict.cues {
            kinds.entry(c.key.clone()).or_default().push(c.kind.clone());
            by_kind.entry(c.kind.clone()).or_default().push(c.clone());
        }
        Cues {
            automaton,
            hits,
            kinds,
            by_kind,
            model,
        }
    }

    /// The cues of one kind.
    fn of(&self, kind: &str) -> &[Cue] {
        self.by_kind.get(kind).map_or(&[], Vec::as_slice)
    }

    /// The request or speech cue written as `word`, if any.
    fn verb(&self, word: &str) -> Option<&Cue> {
        self.hits
            .iter()
            .find(|c| c.key == word && matches!(c.kind.as_str(), REQUEST | SAY))
    }

    fn has(&self, word: &str, kind: &str) -> bool {
        self.kinds
            .get(word)
            .is_some_and(|ks| ks.iter().any(|k| k == kind))
    }
}

#[derive(Debug, Clone, Copy)]
struct Hit<'a> {
    span: Span,
    cue: &'a Cue,
}

const REQUEST: &str = "request";
const SAY: &str = "say";
const WISH: &str = "wish";
const OPINION: &str = "opinion";
const NEGATIVE: &str = "negative";
const REPORT: &str = "report";
const MODAL: &str = "modal";
const CONTINUE: &str = "continue";
/// The `source` of an outlet's tag ("(BĐ) -", "(Baonghean.vn)-").
pub const SOURCE_TAG: &str = "rule:source-tag";

/// State of the passage being read.
#[derive(Default)]
struct Passage {
    speaker: Option<Speaker>,
    /// Guidance may continue without a cue.
    active: bool,
    /// Who was last asked to act (for "Văn phòng phát hiện…").
    addressee: Option<String>,
    /// The addressee came after a speech cue ("khẳng định: Quốc hội đánh
    /// giá cao …"): what follows is what was said, not whom it asked.
    addressee_said: bool,
    /// The passage reports a document's instructions ("đã ký công điện
    /// của Thủ tướng chỉ đạo …").
    document: bool,
    para: usize,
    para_had_directive: bool,
    para_introduced: bool,
    /// Who opened a list of tasks ("… thực hiện các nội dung sau:", "… 6
    /// nhiệm vụ trọng tâm"): its numbered items are their guidance.
    list: Option<Option<Speaker>>,
}

impl Passage {
    /// A speaker starts (or continues) a passage; guidance may follow
    /// without a cue while `active`.
    fn introduce(
        &mut self,
        speaker: Option<Speaker>,
        active: bool,
        last_leader: &mut Option<Speaker>,
    ) {
        if speaker != self.speaker {
            self.addressee = None;
            self.document = false;
        }
        self.speaker = speaker;
        self.active = active;
        self.para_introduced = true;
        if matches!(self.speaker, Some(Speaker::Person(_))) {
            *last_leader = self.speaker.clone();
        }
    }
}

pub struct Context<'a> {
    pub norm: &'a Normalized,
    pub sents: &'a [Sentence],
    /// Sorted by start.
    pub entities: &'a [Entity],
    /// Office (lower-case canonical, or "role:" + role) → (title start,
    /// person), sorted: who holds which office where the article says so.
    holders: HashMap<String, Vec<(usize, usize)>>,
    /// Title entity → the person linked to it.
    linked: HashMap<usize, usize>,
    /// People the article gives an office, by position: (person start,
    /// person), sorted.
    office_holders: Vec<(usize, usize)>,
}

impl<'a> Context<'a> {
    pub fn new(
        norm: &'a Normalized,
        sents: &'a [Sentence],
        entities: &'a [Entity],
        links: &'a [Link],
    ) -> Context<'a> {
        let mut holders: HashMap<String, Vec<(usize, usize)>> = HashMap::default();
        let mut linked = HashMap::default();
        for l in links {
            let t = &entities[l.title];
            linked.entry(l.title).or_insert(l.person);
            holders
                .entry(t.canonical.to_lowercase())
                .or_default()
                .push((t.span.start, l.person));
            if !t.role.is_empty() {
                holders
                    .entry(format!("role:{}", t.role.to_lowercase()))
                    .or_default()
                    .push((t.span.start, l.person));
            }
        }
        for v in holders.values_mut() {
            v.sort();
        }
        let mut office_holders: Vec<(usize, usize)> = links
            .iter()
            .map(|l| (entities[l.person].span.start, l.person))
            .collect();
        office_holders.sort();
        office_holders.dedup();
        Context {
            norm,
            sents,
            entities,
            holders,
            linked,
            office_holders,
        }
    }

    /// The canonical name, in lower case, of the body written at `body`.
    fn body_name(&self, body: Span) -> Option<String> {
        self.entities
            .iter()
            .find(|e| e.span == body && e.ty == EntityType::Org)
            .map(|org| org.canonical.to_lowercase())
    }

    /// Whether the person `person` holds an office of the body written at
    /// `body` ("Phó thủ tướng" or "Thủ tướng" of "Chính phủ").
    fn leads(&self, person: usize, body: Span) -> bool {
        let Some(name) = self.body_name(body) else {
            return false;
        };
        self.linked
            .iter()
            // (Any mention of the same person.)
            .filter(|&(_, &p)| self.entities[p].canonical == self.entities[person].canonical)
            .any(|(&t, _)| office_of(&self.entities[t], &name))
    }

    /// Whether the office written at `title` belongs to the body written
    /// at `body` (both entities of the article).
    fn office_leads(&self, title: Span, body: Span) -> bool {
        let Some(name) = self.body_name(body) else {
            return false;
        };
        self.entities
            .iter()
            .any(|e| e.span == title && e.ty == EntityType::Title && office_of(e, &name))
    }

    /// The person with an office named last before `at` ("Chủ tịch UBND
    /// tỉnh Nguyễn Văn Sơn chủ trì…. Đồng chí đề nghị…").
    fn last_office_holder(&self, at: usize) -> Option<Speaker> {
        let i = self.office_holders.partition_point(|&(s, _)| s < at);
        i.checked_sub(1)
            .map(|i| Speaker::Person(self.office_holders[i].1))
    }

    /// Entities inside `sp`, with their indices.
    fn within(&self, sp: Span) -> impl Iterator<Item = (usize, &Entity)> {
        crate::entities::starting_in(self.entities, sp.start, sp.end)
            .map(|i| (i, &self.entities[i]))
            .filter(move |(_, e)| sp.contains(&e.span))
    }
}

/// Whether the office `t` is one of the body named `name` (lower case).
/// (The body may be written short: "Bộ Thông tin" for "Bộ Thông tin và
/// Truyền thông".)
fn office_of(t: &Entity, name: &str) -> bool {
    let office = t.canonical.to_lowercase();
    t.org.to_lowercase().starts_with(name)
        || office.ends_with(name)
        || (name == "chính phủ" && office.contains("thủ tướng"))
}

pub fn classify(cues: &Cues, cx: &Context) -> Vec<Directive> {
    let f = &cx.norm.folded;
    let mut out = Vec::new();
    let mut p = Passage::default();
    let mut last_leader: Option<Speaker> = None;
    // A headline whose issuer is the body's first speaker: (sentence, span,
    // cue, score).
    let mut pending_headline: Option<(usize, Span, &str, f32)> = None;
    let owners = quote_owners(cues, cx);
    // (A head of state or minister receiving envoys, whose own words are
    // the guests'.)
    let receives_envoys = || {
        ["tiếp đại sứ", "tiếp các đại sứ", "trình quốc thư"]
            .iter()
            .any(|w| f.contains(w))
    };
    for (si, sent) in cx.sents.iter().enumerate() {
        match sent.section {
            Section::Body | Section::Title => {}
            Section::Heading => {
                // "Chủ tịch UBND TP Đà Nẵng Huỳnh Đức Thơ: Hãy làm tốt …": a
                // subheading that states an instruction with its speaker.
                if let Some(speaker) = headline_with_speaker(cues, cx, sent.span) {
                    out.push(Directive {
                        sent: si,
                        span: sent.span,
                        speaker: Some(full_body(cx, speaker)),
                        cue: "heading:speaker".into(),
                        addressee: None,
                        score: 0.7,
                    });
                } else if let Some(d) = caption_request(cues, cx, si, "heading") {
                    // "Bộ Nông nghiệp yêu cầu tăng cường …" set apart as a
                    // line: a headline's form, with its issuer; a topic
                    // subheading ("Kiên quyết không để dân bị thiếu đói")
                    // names no one who asks.
                    out.push(d);
                }
                // ("kmlh.png", "Khai mạc Lễ hội … (baolangson.vn)": a
                // picture between two parts of the guidance ends nothing.)
                if !picture_line(&cx.norm.folded[sent.span.start..sent.span.end]) {
                    p = Passage::default();
                }
                continue;
            }
            Section::Caption => {
                // "Thủ tướng yêu cầu cán bộ … không đi lễ hội trong giờ hành
                // chính. Ảnh minh họa: …": a caption that states a request
                // with its issuer is a directive; it leaves the passage be.
                if let Some(d) = caption_request(cues, cx, si, "caption") {
                    out.push(d);
                }
                continue;
            }
            _ => continue,
        }
        if sent.para != p.para {
            // A paragraph without guidance that did not introduce the
            // speaker ends the passage.
            if !p.para_had_directive && !p.para_introduced {
                p.active = false;
            }
            p.para = sent.para;
            p.para_had_directive = false;
            p.para_introduced = false;
        }
        let sp = sent.span;
        let all_hits = find_cues(cues, f, &cx.norm.text, sp);
        // "Chỉ thị yêu cầu …", "Công điện số 12/CĐ-TTg nêu rõ …": a document
        // opening the clause asks on behalf of whoever issued it; its name
        // is no cue.
        let doc_end = document_opening(cues, f, sp);
        // (A headline's cues before any document opening count too.)
        let headline_hits = (sent.section == Section::Title).then(|| all_hits.clone());
        let hits = match doc_end {
            Some(e) => all_hits.into_iter().filter(|h| h.span.start >= e).collect(),
            None => all_hits,
        };
        let by_kind = |k: &'static str| hits.iter().filter(move |h| h.cue.kind == k);
        // The cue that governs: the first one right after a subject, else
        // the first of the sentence.
        let gov = governing_cue(cues, cx, &hits, sp);
        let theo = theo_speaker(cues, cx, sp);
        let subject = gov
            .and_then(|g| subject_before(cues, cx, sp, g.span.start))
            .or_else(|| {
                gov.filter(|g| g.cue.kind == REQUEST)
                    .and_then(|g| issued_document(cues, cx, sp, g.span.start))
            });
        let subject = subject.or_else(|| {
            let (e, g) = (doc_end?, gov?);
            let between = &f[e..g.span.start];
            (matches!(g.cue.kind.as_str(), REQUEST | SAY)
                && word_count(between, 6) <= 6
                && !between.contains(','))
            .then_some(Subj::Document)
        });
        // "Lãnh đạo Bộ Thông tin cho rằng …", "lãnh đạo Chính phủ yêu cầu
        // …": a leader of the body, unnamed, is the leader the article is
        // about, once one is named, when it is that leader's body ("lãnh
        // đạo Sở Y tế" after the Prime Minister is the department's).
        let leader = match (&p.speaker, &last_leader) {
            (Some(Speaker::Person(i)), _) | (_, Some(Speaker::Person(i))) => Some(*i),
            _ => None,
        };
        let subject = match subject {
            Some(Subj::Speaker(Speaker::Written(w)))
                if leader.is_some_and(|i| cx.leads(i, w))
                    && f[sp.start..w.start]
                        .trim_end()
                        .strip_suffix("lãnh đạo")
                        .is_some_and(|b| {
                            b.is_empty()
                                || b.ends_with(|c: char| !crate::normalize::is_word_char(c))
                        }) =>
            {
                Some(Subj::Comrade)
            }
            s => s,
        };
        let subordinate = gov.is_some_and(|g| subordinate_before(cues, f, sp, g.span.start));
        // "những nội dung mà Chủ tịch … chỉ đạo": the cue sits in a relative
        // clause describing a noun; the sentence asks nothing itself.
        // (The subject's mention in this sentence: the person, or the
        // offices before the cue when a title resolved to them.)
        let relative = {
            let mà_before =
                |at: usize| at >= sp.start && at <= sp.end && prev_word(f, sp.start, at) == "mà";
            match &subject {
                Some(Subj::Speaker(Speaker::Person(i))) => {
                    mà_before(cx.entities[*i].span.start)
                        || gov.is_some_and(|g| {
                            cx.within(sp).any(|(_, e)| {
                                e.ty == EntityType::Title
                                    && e.span.end <= g.span.start
                                    && mà_before(e.span.start)
                            })
                        })
                }
                Some(Subj::Speaker(Speaker::Written(w))) => mà_before(w.start),
                _ => false,
            }
        };
        // "UBND tỉnh vừa có công văn yêu cầu Sở NN-PTNT, các huyện … Theo
        // đó, Sở NN-PTNT chỉ đạo cơ quan Thú y …": a body the passage's
        // speaker asked to act, acting on it, passes the request down; the
        // speaker is still the one who asked.
        // (In a document's passage, a body directing its own services is
        // doing as the document tasks it: "Bộ TN-MT chỉ đạo cơ quan dự báo
        // …" after the Prime Minister's dispatch. A body that assigns,
        // "UBND tỉnh giao Sở Y tế …", speaks for itself.)
        let carries_out = match &subject {
            Some(Subj::Speaker(Speaker::Written(w))) if p.active && p.speaker.is_some() => {
                let asked = !p.addressee_said
                    && p.addressee
                        .as_deref()
                        .is_some_and(|a| has_word(a, last_listed(&f[w.start..w.end])));
                // (Likewise in a leader's conclusions: "Về nhập khẩu xăng dầu,
                // Bộ Công Thương chỉ đạo các doanh nghiệp …" is a task the
                // Prime Minister sets the ministry.)
                // (Not the leader's own body: "Chính phủ cũng chỉ đạo …".)
                let leader_passage = match p.speaker {
                    Some(Speaker::Person(i)) => !cx.leads(i, *w),
                    // (An office unnamed, "Thủ tướng", not of this body.)
                    Some(Speaker::Written(t)) => {
                        cx.entities
                            .iter()
                            .any(|e| e.span == t && e.ty == EntityType::Title)
                            && !cx.office_leads(t, *w)
                    }
                    None => false,
                };
                let tasked = (p.document || leader_passage)
                    && gov.is_some_and(|g| g.cue.key == "chỉ đạo")
                    // (A body, or the last of bodies listed together; not
                    // an office, "Chủ tịch UBND tỉnh".)
                    && cx
                        .within(sp)
                        .any(|(_, e)| e.span.end == w.end && e.ty == EntityType::Org)
                    && !cx
                        .within(sp)
                        .any(|(_, e)| e.span == *w && e.ty == EntityType::Title);
                asked || tasked
            }
            _ => false,
        };
        let speaker_here = match &subject {
            _ if carries_out => p.speaker.clone(),
            Some(Subj::Speaker(s)) => Some(s.clone()),
            // The issuer: a body or leader named with the document ("Chỉ
            // thị của Ban Bí thư"), else who the passage or the last
            // directive is about, else the last office holder named.
            Some(Subj::Document) => doc_end
                .and_then(|e| issuer_named(cx, Span::new(e, gov.map_or(e, |g| g.span.start))))
                .or_else(|| p.speaker.clone())
                .or_else(|| out.last().and_then(|d: &Directive| d.speaker.clone()))
                .or_else(|| last_leader.clone())
                .or_else(|| issuer_before(cues, cx, si))
                .or_else(|| cx.last_office_holder(sp.start)),
            Some(Subj::Comrade) => match &p.speaker {
                Some(Speaker::Person(_)) => p.speaker.clone(),
                _ => last_leader
                    .clone()
                    .or_else(|| p.speaker.clone())
                    .or_else(|| cx.last_office_holder(sp.start)),
            },
            None => theo.clone(),
        };
        let after_gov = gov.map(|g| g.span.end).unwrap_or(sp.start);
        let content = Span::new(after_gov, sp.end);
        let strong_modal = by_kind(MODAL).any(|h| h.span.start >= after_gov && h.cue.weight >= 0.7);
        // ("nhấn mạnh việc phát huy …": the action named as a task.)
        let action_after = |from: usize| {
            let at = skip_punct(f, from, sp.end);
            let at = match f[at..sp.end].strip_prefix("việc ") {
                Some(_) => at + "việc ".len(),
                None => at,
            };
            // ("nêu rõ: Nhiệm vụ trọng tâm trong tháng 10 là tổ chức …": the
            // task named after "là".)
            let task_là = after_task_là(cues, f, at, sp)
                .is_some_and(|a| starts_with_kind(cues, f, a, sp.end, CONTINUE));
            hits.iter()
                .any(|h| h.span.start >= from && matches!(h.cue.kind.as_str(), MODAL))
                || starts_with_kind(cues, f, at, sp.end, CONTINUE)
                || task_là
        };
        // A request's object may carry a relative clause in the past ("rà
        // soát các nội dung đã triển khai"): only its first words decide.
        let request_head = |c: Span| {
            let words: usize = f[c.start..c.end]
                .split(' ')
                .take(6)
                .map(|w| w.len() + 1)
                .sum();
            Span::new(c.start, (c.start + words).min(c.end))
        };
        let past_in = if gov.is_some_and(|g| g.cue.kind == REQUEST) {
            request_head(content)
        } else {
            content
        };
        // "gợi ý: Sắp tới, tỉnh sẽ xây dựng …": a plan told, not asked for.
        let planned = gov.is_some_and(|g| g.cue.kind == REQUEST)
            && has_word(&f[past_in.start..past_in.end], "sẽ");
        // "… đã chủ trì cuộc họp để chỉ đạo làm rõ …": the cue is the
        // purpose of a past act, which is what the sentence reports.
        let purpose_of_past = gov.is_some_and(|g| {
            prev_word(f, sp.start, g.span.start) == "để"
                && has_word(&f[sp.start..g.span.start], "đã")
        });
        let past = (is_past(f, past_in) || planned || purpose_of_past || past_period(f, sp))
            && !strong_modal;
        let words_before = |at: usize| f[sp.start..at].split_whitespace().count();

        // "“Tôi tin rằng, …”, Chủ tịch UBND tỉnh … lưu ý.": a cue that ends
        // the sentence asks only if the words before it are guidance.
        let ends_sentence = |g: Hit| {
            f[g.span.end..sp.end]
                .trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '!' | '"' | ')'))
                .is_empty()
        };
        let guidance_before = |g: Hit| {
            let head = Span::new(sp.start, g.span.start);
            let inside = hits_within(&hits, head);
            inside
                .iter()
                .any(|h| h.cue.kind == MODAL && h.cue.weight >= 0.7)
                || continuation(cues, cx, f, head, &inside, None).is_some()
        };
        let mut decision: Option<(String, f32)> = None;
        let mut list_opened = false;
        let mut blocked = relative;
        // "…, Bí thư Tỉnh ủy chỉ đạo:": the cue only introduces the items
        // that follow; they are the directives.
        let introduces_only = gov.is_some_and(|g| {
            f[g.span.end..sp.end]
                .trim_matches(|c: char| c.is_whitespace() || c == ':')
                .is_empty()
                && f[g.span.end..sp.end].contains(':')
        });
        // ("Thủ tướng cho biết sẽ lắng nghe các kiến nghị và chỉ đạo …": the
        // speaker's own promise, "sẽ" in the clause before the cue.)
        let promised = |from: usize, at: usize| {
            let head = &f[from..at];
            head.rfind(" sẽ ")
                .is_some_and(|i| !head[i..].contains([',', ';', ':', '"']))
        };
        if let Some(g) = gov.filter(|_| !relative && !introduces_only) {
            let kind = g.cue.kind.as_str();
            let authority = speaker_here.is_some() && !subordinate;
            let in_passage = p.active && subject.is_none() && !subordinate;
            match kind {
                REQUEST
                    if authority
                        && !past
                        && !promised(sp.start, g.span.start)
                        && (!ends_sentence(g) || guidance_before(g)) =>
                {
                    decision = Some((g.cue.key.clone(), g.cue.weight))
                }
                // "Ngoài ra, với …, đề nghị Chính phủ …": a request opening
                // its clause, in the speaker's passage.
                REQUEST
                    if in_passage
                        && !past
                        && (words_before(g.span.start) <= 4
                            || duty_before(cues, cx, sp, g.span.start)
                            || action_after(g.span.end)
                            || f[sp.start..g.span.start].trim_end().ends_with(',')) =>
                {
                    decision = Some((g.cue.key.clone(), g.cue.weight * 0.9))
                }
                // "Yêu cầu UBND tỉnh chỉ đạo …" opening the sentence with no
                // subject: the request of the leader the article is about,
                // even after a caption broke the passage.
                REQUEST
                    if subject.is_none()
                        && !subordinate
                        && !past
                        && theo.is_none()
                        && !f[sp.start..g.span.start].contains(char::is_alphanumeric)
                        && (last_leader.is_some() || cx.last_office_holder(sp.start).is_some()) =>
                {
                    decision = Some((format!("{}+opening", g.cue.key), g.cue.weight * 0.8))
                }
                // "… nhấn mạnh một số công việc trọng tâm cần tổ chức thực
                // hiện …, cụ thể như sau:": the speech only announces the
                // items that follow, which are the directives.
                SAY if (authority || in_passage) && !past && announces_items(f, sp) => {
                    list_opened = true;
                }
                SAY if (authority || in_passage)
                    && !past
                    && action_after(g.span.end)
                    && !commitment(cues, f, Span::new(g.span.end, sp.end)) =>
                {
                    decision = Some((g.cue.key.clone(), g.cue.weight))
                }
                // "Thủ tướng chỉ rõ 15 nhóm nhiệm vụ, giải pháp …": a leader
                // lays down tasks.
                SAY if authority && !past && tasks_after(cues, f, g.span.end, sp) => {
                    decision = Some((format!("{}+tasks", g.cue.key), g.cue.weight * 0.9))
                }
                // ("Đồng thời, mong muốn các đại biểu … cần mạnh dạn …": in
                // the speaker's passage, the wish of the one speaking.)
                WISH if (authority || in_passage)
                    && (addressed_party(cues, cx, g.span.end, sp) || strong_modal) =>
                {
                    decision = Some((g.cue.key.clone(), g.cue.weight))
                }
                // "Chủ tịch QH … cho rằng, …, hai bên cần …": a host leader's
                // view that tells both sides what to do.
                OPINION if authority && !past && both_sides_must(cues, f, &hits, after_gov) => {
                    decision = Some((format!("{}+both-sides", g.cue.key), 0.6))
                }
                // "Chủ tịch Quốc hội … cho biết, Đảng bộ Thanh Hóa cần coi
                // trọng và tập trung …": a leader's view that names a body
                // and the action it must take.
                OPINION if authority && !past && body_must(cues, cx, &hits, after_gov, sp) => {
                    decision = Some((format!("{}+body-must", g.cue.key), 0.6))
                }
                _ => {}
            }
            // "X đánh giá cao …; khẳng định …; đề nghị hai bên …": a later
            // request by the same subject.
            if decision.is_none() && authority && kind != REQUEST && !subordinate {
                // ("… cảm ơn X đã tin tưởng giao nhiệm vụ", "được giao": trust
                // or a task received, no request; "đã yêu cầu" still reports one.)
                let told_done = |at: usize| {
                    let before = f[sp.start..at].trim_end();
                    before.ends_with(" được") || before.ends_with("tin tưởng")
                };
                // (A later clause: "phân công tiếp tục chỉ đạo …" is one
                // predicate, the post assigned.)
                let later_clause = |at: usize| {
                    let between = &f[g.span.end..at];
                    between.contains([',', ';']) || between.contains(" và ")
                };
                // ("chia sẻ khó khăn … và mong muốn lực lượng Công an …
                // tiếp tục …": a later wish to the party met.)
                if let Some(r) = hits.iter().find(|h| {
                    h.span.start > g.span.end
                        && later_clause(h.span.start)
                        && !is_past(f, Span::new(h.span.end, sp.end))
                        && h.cue.kind == WISH
                        && addressed_party(cues, cx, h.span.end, sp)
                }) {
                    decision = Some((r.cue.key.clone(), r.cue.weight * 0.9));
                } else if let Some(r) = hits.iter().find(|h| {
                    // ("nhắc nhở cán bộ …, việc gì đã hứa thì phải làm": a
                    // past inside the request, its modal still asks.)
                    let modal_after = hits.iter().any(|m| {
                        m.cue.kind == MODAL && m.cue.weight >= 0.7 && m.span.start > h.span.end
                    });
                    h.cue.kind == REQUEST
                        && h.span.start > g.span.end
                        && later_clause(h.span.start)
                        && !told_done(h.span.start)
                        && (modal_after || !is_past(f, Span::new(h.span.end, sp.end)))
                        // ("biểu dương … đã làm hết sức mình, chỉ đạo quyết
                        // liệt …": what was done and is praised.)
                        && !praised_deed(f, g.span.end, h.span.start)
                        // ("cho biết sẽ lắng nghe các kiến nghị và chỉ đạo …":
                        // the speaker's own promise, one predicate.)
                        && !promised(g.span.end, h.span.start)
                }) {
                    decision = Some((r.cue.key.clone(), r.cue.weight * 0.9));
                }
            }
            // "“Các địa phương phải …”, Thủ tướng nhấn mạnh.": the words are
            // quoted before the speaker and the cue ends the sentence.
            if decision.is_none() && authority && matches!(kind, SAY | REQUEST) {
                let tail = f[g.span.end..sp.end].trim_matches(|c: char| {
                    c.is_whitespace() || matches!(c, '.' | '!' | '"' | ')')
                });
                // (The quote may have opened sentences before: its last
                // part is this sentence's head.)
                let closing_part = || {
                    owners[si].as_ref().filter(|o| o.closes).and_then(|_| {
                        let close = f[sp.start..g.span.start].rfind('"')?;
                        (close > 0).then(|| Span::new(sp.start, sp.start + close))
                    })
                };
                // ("“…”, Thủ tướng X nói khi gặp cộng đồng …": only the
                // occasion after the cue.)
                let occasion_tail = ["khi ", "tại ", "trong ", "lúc ", "trước ", "với "]
                    .iter()
                    .any(|w| tail.starts_with(w));
                if let Some(q) = quoted_before(f, sp, g.span.start)
                    .or_else(closing_part)
                    .filter(|_| tail.is_empty() || occasion_tail)
                {
                    let strong = hits
                        .iter()
                        .any(|h| h.cue.kind == MODAL && h.cue.weight >= 0.7 && q.contains(&h.span));
                    // The quote read as guidance on its own ("Trong đó nhiệm
                    // vụ quan trọng nhất là phục vụ tốt …").
                    let inside = hits_within(&hits, q);
                    let guidance = continuation(cues, cx, f, q, &inside, None).is_some();
                    // ("“…”, Bí thư X đề nghị.": what is quoted is the request.)
                    let requested = kind == REQUEST
                        && g.cue.weight >= 0.85
                        && commitment_within(cues, f, q, 10).not();
                    if strong || ((guidance || requested) && !is_past(f, q)) {
                        decision = Some((format!("{}+quote", g.cue.key), g.cue.weight * 0.9));
                    }
                }
            }
            // A cue with its own subject, or a report or praise word, says
            // the sentence is not a bare continuation.
            // (Nor one whose subject is not an authority: "Các ý kiến tại
            // hội nghị đề nghị mặt trận cần …" is the members' view.)
            blocked = subject.is_some() || subordinate || !matches!(kind, REQUEST | SAY);
            // "Đại sứ mong muốn Việt Nam chia sẻ kinh nghiệm …" where the
            // host receives envoys: the guest's hope, sent to the host, asks
            // no one under the guest's authority.
            if envoy_subject(cx, sp, g.span.start) && receives_envoys() {
                decision = None;
                blocked = true;
            }
        }
        if decision.is_none() && !blocked {
            if theo.is_some() {
                // "Theo X, … cần …": X's words.
                if !past && strong_modal {
                    decision = Some(("theo+modal".into(), 0.7));
                }
            } else if p.active && !past {
                decision = continuation(cues, cx, f, sp, &hits, p.addressee.as_deref());
            }
        }
        // “Các bạn phải tham gia …. Tôi đề nghị các bạn …. …”, Bí thư X đề
        // nghị.": the sentences of a quote spoken by the one named after it.
        let quote_speaker = owners[si]
            .as_ref()
            .filter(|o| !o.closes && subject.is_none())
            .map(|o| o.speaker.clone());
        if decision.is_none() && quote_speaker.is_some() && !past {
            let request = gov.is_some_and(|g| g.cue.kind == REQUEST);
            decision = if request {
                gov.map(|g| (format!("{}+quote", g.cue.key), g.cue.weight * 0.9))
            } else {
                continuation(cues, cx, f, sp, &hits, None).map(|(c, w)| (format!("{c}+quote"), w))
            };
        }
        // "1- Trước 05 ngày …, nội dung trình phải được gửi …", "Thứ nhất,
        // toàn hệ thống chính trị khẩn trương …": a numbered item opening its
        // line, in a list of tasks a leader or body opened.
        let first_in_para = si == 0 || cx.sents[si - 1].para != sent.para;
        // (An item decided by its own cue but with no subject of its own
        // is still the list's: "- Giao Ủy ban nhân dân xã chỉ đạo …".)
        let mut list_speaker =
            if decision.is_some() && subject.is_none() && first_in_para && list_marker(f, sp) {
                p.list.clone().flatten()
            } else {
                None
            };
        if decision.is_none() && first_in_para && list_marker(f, sp) && !past {
            if let Some(spk) = p.list.clone() {
                // ("- Đồng chí X báo cáo …": an item with its own speaker in
                // its first clause reports; one in a later clause, after the
                // guidance, does not undo it.)
                let own_cue_later = subject.is_some()
                    && gov.is_some_and(|g| !f[sp.start..g.span.start].contains([',', ';']));
                let item = Span::new(skip_opener(cues, f, sp), sp.end);
                // ("- Ủy ban nhân dân xã:": the addressee of the items that
                // follow, a label that asks nothing itself.)
                let label = cx.within(sp).any(|(_, e)| {
                    e.ty == EntityType::Org
                        && e.span.start == item.start
                        && f[e.span.end..sp.end].trim() == ":"
                });
                if !own_cue_later
                    && !label
                    && !commitment_within(cues, f, item, 10)
                    && word_count(&f[item.start..item.end], 4) >= 4
                {
                    decision = Some(("list-item".into(), 0.6));
                    list_speaker = spk;
                }
            }
        }
        // A headline states a directive with its own subject and cue, or in
        // the form "Thủ tướng: Triển khai …" (speaker, colon, instruction).
        // A bare theme headline ("Tăng cường hơn nữa …") names a topic, not
        // who asked: the seed gold leaves it out; an urgent verb ("Tập
        // trung đẩy nhanh …") orders, and the body's leader gave the order.
        let mut headline_speaker = None;
        if sent.section == Section::Title && subject.is_none() {
            decision = None;
            if let Some(s) = headline_with_speaker(cues, cx, sp) {
                decision = Some(("headline:speaker".into(), 0.75));
                headline_speaker = Some(s);
            } else if colon_instruction(cues, cx.norm, sp)
                || command_headline(cues, f, sp)
                || obligation_headline(cx, f, headline_hits.as_deref().unwrap_or_default(), sp)
            {
                // "UBND tỉnh họp phiên thường kỳ: Thủ trưởng các ngành cần
                // …": the instruction's issuer is the body's first speaker.
                pending_headline = Some((si, sp, "headline:colon", 0.6));
            }
        }
        // What the rules leave out, the sentence model may still take: a
        // task list without its colon, a bare instruction in a headline.
        // (Not a cue in a relative clause, which the rules read as a noun,
        // nor a report of what was done.)
        // (And not a bare list marker, "3.", split off as a sentence.)
        let words = || {
            f[sp.start..sp.end]
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphabetic))
                .take(3)
                .count()
        };
        // (Nor a request sent up: "Công dân đề nghị các cơ quan …".)
        // ("nhiều ý kiến cho rằng …, đề nghị Chính phủ …": views voiced by
        // members; what they ask is theirs.)
        // (Read from the text: "ý kiến" before "cho rằng" makes it no cue.)
        let members_view = || {
            f[sp.start..sp.end]
                .match_indices(" cho rằng")
                .any(|(i, _)| subordinate_before(cues, f, sp, sp.start + i))
        };
        // ("- Thủ tướng nhấn mạnh..": the subject and its report verb are
        // all the sentence says; a colon would introduce items, and words
        // before a comma would be what was said.)
        let dangling = gov.is_some_and(|g| {
            f[g.span.end..sp.end]
                .trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '…' | '!'))
                .is_empty()
                && !f[sp.start..g.span.start].contains([',', '"'])
        });
        // ("Có 30.415 lượt hộ được thụ hưởng …": a count reported.)
        let counted = {
            let at = skip_opener(cues, f, sp);
            let rest = f[at..sp.end]
                .strip_prefix("đã có ")
                .or_else(|| f[at..sp.end].strip_prefix("có "));
            rest.is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        };
        // (A sentence opening with the requirement posed assesses.)
        let posed = {
            let at = skip_punct(f, sp.start, sp.end);
            f[at..sp.end].starts_with("yêu cầu") && posed_after(f, at + "yêu cầu".len())
        };
        // ("Thủ tướng cho biết sẽ lắng nghe …": what the speaker will do.)
        let will = gov.is_some_and(|g| {
            f[g.span.end..sp.end]
                .trim_start_matches([' ', ','])
                .starts_with("sẽ ")
        });
        let by_model = (decision.is_none()
            && headline_speaker.is_none()
            && !dangling
            && !counted
            && !posed
            && !will
            && !relative
            && !subordinate
            && !members_view()
            && !past
            && words() >= 3)
            .then(|| {
                cues.model
                    .probability(&f[sp.start..sp.end], sent.section == Section::Title)
            })
            .filter(|&pr| cues.model.accepts(pr));
        if let Some(pr) = by_model.filter(|_| sent.section == Section::Title) {
            pending_headline.get_or_insert((si, sp, "model", pr));
        }

        // Update the passage.
        let introduces = gov.is_some_and(|g| {
            matches!(
                g.cue.kind.as_str(),
                REQUEST | SAY | WISH | NEGATIVE | REPORT | OPINION
            )
        }) && speaker_here.is_some()
            && subject.is_some()
            && !carries_out
            // (A list item's later clause names someone else, who does not
            // take over the list.)
            && list_speaker.is_none()
            || theo.is_some();
        // "Phó Thủ tướng X có ý kiến như sau:": the items that follow are
        // the leader's guidance.
        if decision.is_none() {
            // ("Nội dung công văn của Ban chỉ đạo … lưu ý các nội dung:": a
            // document's points, issued by whoever the last directive named
            // when the document's issuer is not recognised.)
            let intro = colon_intro(cues, cx, sp).or_else(|| {
                document_intro(cues, f, sp)
                    .then(|| out.last().and_then(|d: &Directive| d.speaker.clone()))
                    .flatten()
            });
            if let Some(spk) = intro {
                p.introduce(Some(spk), true, &mut last_leader);
            } else if let Some(spk) = conveyed_direction(cx, sp) {
                // "Văn phòng UBND tỉnh thông báo ý kiến chỉ đạo của đồng chí
                // X về việc …": what follows is X's guidance.
                p.introduce(Some(spk), true, &mut last_leader);
            }
        }
        if introduces {
            let kind = gov.map(|g| g.cue.kind.as_str()).unwrap_or(SAY);
            let new = speaker_here.clone();
            // A leader's view ("Tổng Bí thư cho rằng, …") keeps their
            // guidance going; a peer's or a report's does not start it.
            let same = match (&new, &p.speaker) {
                (Some(Speaker::Person(a)), Some(Speaker::Person(b))) => {
                    cx.entities[*a].canonical == cx.entities[*b].canonical
                }
                _ => false,
            };
            let leader_view = kind == OPINION && p.active && same;
            if !same && decision.is_none() {
                p.list = None;
            }
            if list_opened {
                p.list = Some(speaker_here.clone());
            }
            let active = (kind != OPINION && kind != WISH && !subordinate) || leader_view;
            // (The same issuer named again keeps the document's passage.)
            let document = p.document && same_issuer(cx, &new, &p.speaker);
            p.introduce(new, active, &mut last_leader);
            p.document |= document;
            // (A document its subject issued, "ký công điện … chỉ đạo",
            // "Công điện yêu cầu …"; not one only named on the way, "Tại
            // hội nghị triển khai Nghị quyết 57, Chủ tịch … yêu cầu".)
            if let Some(g) = gov.filter(|g| g.cue.kind == REQUEST) {
                p.document |=
                    doc_end.is_some() || issued_document(cues, cx, sp, g.span.start).is_some();
            }
        }
        // "Chủ tịch UBND TP Chu Ngọc Anh chủ trì hội nghị." alone on its
        // line between two parts of his speech: a photo caption or an aside
        // about the speaker, which does not end his passage.
        if decision.is_none() && p.active && !introduces {
            let alone = cx
                .sents
                .get(si.wrapping_sub(1))
                .is_none_or(|s| s.para != sent.para)
                && cx.sents.get(si + 1).is_none_or(|s| s.para != sent.para);
            let names_speaker = match &p.speaker {
                Some(Speaker::Person(a)) => cx.within(sp).any(|(_, e)| {
                    e.ty == EntityType::Person && e.canonical == cx.entities[*a].canonical
                }),
                _ => false,
            };
            if alone && names_speaker && word_count(&f[sp.start..sp.end], 25) <= 25 {
                p.para_introduced = true;
            }
        }
        if let Some((cue, score)) = decision {
            let speaker = match &subject {
                _ if list_speaker.is_some() => list_speaker.clone(),
                _ if carries_out => p.speaker.clone(),
                None if quote_speaker.is_some() => quote_speaker.clone(),
                Some(Subj::Speaker(s)) => Some(s.clone()),
                _ if headline_speaker.is_some() => headline_speaker.clone(),
                // ("Đề nghị xã linh hoạt …" after a visit report: the office
                // holder the article last named, as the decision assumed.)
                _ => speaker_here
                    .clone()
                    .or_else(|| p.speaker.clone())
                    .or_else(|| last_leader.clone())
                    .or_else(|| cx.last_office_holder(sp.start)),
            };
            let addressee = gov
                .filter(|g| g.cue.kind == REQUEST || g.cue.kind == SAY)
                .and_then(|g| addressee_after(cues, cx, g.span.end, sp))
                .or_else(|| {
                    by_kind(MODAL)
                        .next()
                        .and_then(|m| addressee_before_modal(cx, sp, m.span.start))
                });
            if let Some(a) = addressee {
                p.addressee = Some(f[a.start..a.end].to_string());
                p.addressee_said = gov.is_some_and(|g| g.cue.kind == SAY);
            }
            // A headline stands alone: the body's first sentences are not
            // its continuation.
            p.active = sent.section != Section::Title;
            p.para_had_directive = true;
            if speaker.is_some() && p.speaker.is_none() {
                p.speaker = speaker.clone();
            }
            if sent.section == Section::Body && announces_list(cues, f, sp) {
                p.list = Some(speaker.clone());
            }
            let speaker = speaker.map(|s| full_body(cx, s));
            out.push(Directive {
                sent: si,
                span: sp,
                speaker,
                cue,
                addressee,
                score: score.clamp(0.0, 1.0),
            });
        } else if let Some(pr) = by_model.filter(|_| sent.section == Section::Body) {
            // The passage is left as it was: the model's guess starts nothing.
            // The issuer: the sentence's own subject, else a person or office
            // it names ("Phó Thủ tướng X đã gửi lời chia buồn … và phân công
            // ông Y …"), else the passage's, else a body's document before
            // ("UBND tỉnh vừa có văn bản …").
            // (A body or leader before the sentence's first request or
            // speech cue is its subject: "Bộ Công an ban hành Điện số … chỉ
            // đạo …", "Huyện ủy, UBND huyện chỉ đạo 11 xã …".)
            let first_cue = hits
                .iter()
                .filter(|h| matches!(h.cue.kind.as_str(), REQUEST | SAY))
                .map(|h| h.span.start)
                .min();
            let subject_body = first_cue.and_then(|c| {
                cx.within(Span::new(sp.start, c))
                    .find_map(|(i, e)| speaker_of(cx, i, e))
            });
            let named = subject_body
                .or_else(|| cx.within(sp).find_map(|(i, e)| person_or_office(cx, i, e)));
            let speaker = speaker_here
                .clone()
                .or(named)
                .or_else(|| p.speaker.clone())
                .or_else(|| last_leader.clone())
                .or_else(|| issuer_before(cues, cx, si))
                .or_else(|| cx.last_office_holder(sp.start));
            let addressee = by_kind(MODAL)
                .next()
                .and_then(|m| addressee_before_modal(cx, sp, m.span.start));
            out.push(Directive {
                sent: si,
                span: sp,
                speaker: speaker.map(|s| full_body(cx, s)),
                cue: "model".into(),
                addressee,
                score: pr,
            });
        }
    }
    // A model-found sentence with no issuer in view (a lead before the
    // leader is named): the issuer of the next directive, else the last,
    // else whoever opens the sentence as its subject ("Đoàn ĐBQH tỉnh …
    // vừa họp và thống nhất kiến nghị …").
    for i in 0..out.len() {
        if out[i].speaker.is_none() && out[i].cue == "model" {
            out[i].speaker = out[i + 1..]
                .iter()
                .chain(out[..i].iter().rev())
                .find_map(|d| d.speaker.clone())
                .or_else(|| opening_subject(cues, cx, cx.sents[out[i].sent].span));
        }
    }
    if let Some((si, sp, cue, score)) = pending_headline {
        if let Some(first) = out.iter().find(|d| d.speaker.is_some()) {
            let speaker = first.speaker.clone();
            out.insert(
                0,
                Directive {
                    sent: si,
                    span: sp,
                    speaker,
                    cue: cue.into(),
                    addressee: None,
                    score,
                },
            );
        }
    }
    // ("Tạo đột phá trong xây dựng và triển khai chính sách dân tộc" above a
    // lead whose request says it word for word: the headline restates that
    // request, and its issuer gave it.)
    if let Some(d) = restated_headline(cx, &out) {
        out.insert(0, d);
    }
    out
}

/// The headline, when no rule took it, restated word for word inside one
/// of the first directives of the body: that directive's words and issuer.
fn restated_headline(cx: &Context, out: &[Directive]) -> Option<Directive> {
    let f = &cx.norm.folded;
    let (si, sent) = cx
        .sents
        .iter()
        .enumerate()
        .find(|(_, s)| s.section == Section::Title)?;
    if out.iter().any(|d| d.sent == si) {
        return None;
    }
    // (Nine words or more: a short topic, "Tổ chức Lễ khai giảng năm học
    // 2022-2023", is found inside many requests and restates none.)
    let head = f[sent.span.start..sent.span.end].trim_end_matches(['.', '!', ' ']);
    if word_count(head, 9) < 9 || head.contains(':') {
        return None;
    }
    let d = out
        .iter()
        .take(3)
        .find(|d| d.speaker.is_some() && f[d.span.start..d.span.end].contains(head))?;
    Some(Directive {
        sent: si,
        span: sent.span,
        speaker: d.speaker.clone(),
        cue: "headline:restated".into(),
        addressee: None,
        score: 0.6,
    })
}

/// The subject right before `at` is an envoy ("Đại sứ", "Đại sứ Gareth
/// Ward", "bà Đại sứ"), in the same clause.
fn envoy_subject(cx: &Context, sp: Span, at: usize) -> bool {
    const ENVOYS: [&str; 3] = ["Đại sứ", "Tổng Lãnh sự", "Đặc phái viên"];
    let f = &cx.norm.folded;
    let clause = f[sp.start..at]
        .rfind(',')
        .map_or(sp.start, |c| sp.start + c + 1);
    let before: Vec<&Entity> = cx
        .within(Span::new(clause, at))
        .map(|(_, e)| e)
        .filter(|e| matches!(e.ty, EntityType::Title | EntityType::Person))
        .collect();
    let envoy = |e: &Entity| e.ty == EntityType::Title && ENVOYS.contains(&e.role.as_str());
    match before.as_slice() {
        [.., t, p] if p.ty == EntityType::Person => {
            envoy(t) && word_count(&f[p.span.end..at], 3) <= 2
        }
        [.., t] => envoy(t) && word_count(&f[t.span.end..at], 3) <= 2,
        [] => false,
    }
}

/// A caption (or a line set apart in the body, such as a picture's title
/// restating the headline) whose subject, right before a request cue, asks
/// for what is not yet done.
fn caption_request(cues: &Cues, cx: &Context, si: usize, line: &str) -> Option<Directive> {
    let f = &cx.norm.folded;
    let sp = cx.sents[si].span;
    let hits = find_cues(cues, f, &cx.norm.text, sp);
    let gov = governing_cue(cues, cx, &hits, sp).filter(|g| g.cue.kind == REQUEST)?;
    // ("Bí thư Tỉnh ủy chỉ đạo tại buổi giao ban …": where the direction
    // was given, not what it asks; "yêu cầu trong tháng 12 hoàn thành …"
    // sets a time.)
    let occasion = match next_word(f, gov.span.end, sp.end) {
        "" | "tại" => true,
        w @ ("trong" | "ở") => {
            let at = skip_spaces(f, gov.span.end, sp.end) + w.len();
            let event = next_word(f, skip_spaces(f, at, sp.end), sp.end);
            matches!(
                event,
                "buổi" | "cuộc" | "hội" | "chuyến" | "phiên" | "kỳ" | "lễ"
            )
        }
        _ => false,
    };
    if occasion
        || nominal(cues, f, sp, gov.span.start, gov.span.end)
        || is_past(f, Span::new(gov.span.end, sp.end))
        || has_word(&f[sp.start..gov.span.start], "đã")
    {
        return None;
    }
    let Some(Subj::Speaker(s)) = subject_before(cues, cx, sp, gov.span.start) else {
        return None;
    };
    Some(Directive {
        sent: si,
        span: sp,
        speaker: Some(full_body(cx, s)),
        cue: format!("{}+{line}", gov.cue.key),
        addressee: None,
        score: gov.cue.weight * 0.8,
    })
}

/// A headline "…: <instruction>" whose words after the colon carry a
/// strong modal ("cần", "phải") or open with an imperative verb.
fn colon_instruction(cues: &Cues, norm: &Normalized, sp: Span) -> bool {
    let f = &norm.folded;
    let Some(colon) = f[sp.start..sp.end].find(':').map(|c| sp.start + c) else {
        return false;
    };
    let content = Span::new(colon + 1, sp.end);
    if is_past(f, content) {
        return false;
    }
    let strong = find_cues(cues, f, &norm.text, content)
        .iter()
        .any(|h| h.cue.kind == MODAL && h.cue.weight >= 0.7);
    strong || imperative_at(cues, f, content.start, sp)
}

/// "Tập trung đẩy nhanh tiến độ …", "Đồng loạt tấn công tội phạm …": a
/// headline that opens with an urgent verb and has no colon orders what the
/// body's leader asks for; a theme verb ("Tăng cường …") names a topic.
fn command_headline(cues: &Cues, f: &str, sp: Span) -> bool {
    let at = skip_punct(f, sp.start, sp.end);
    !f[sp.start..sp.end].contains(':')
        && starts_with_kind(cues, f, at, sp.end, "command")
        && !is_past(f, sp)
}

/// "Cao tốc Bắc - Nam không được phép chậm tiến độ", "VNPT phải trở thành
/// tập đoàn mạnh": a headline that states an obligation or a prohibition of
/// its subject gives the body's order. ("Cần có cơ chế …" in a headline is
/// as often the paper's own view, so "cần" counts only after a body or a
/// sector named as its subject: "Ngành Tài chính cần thu nợ đọng …".)
/// (`hits`: the headline's cues, found once by the caller.)
fn obligation_headline(cx: &Context, f: &str, hits: &[Hit], sp: Span) -> bool {
    let at = skip_punct(f, sp.start, sp.end);
    let named_subject = |h: &Hit| {
        h.span.start >= at
            && (f[at..].starts_with("ngành ")
                || cx
                    .within(sp)
                    .any(|(_, e)| e.ty == EntityType::Org && e.span.start == at))
            && word_count(&f[at..h.span.start], 8) <= 7
            && !f[at..h.span.start].contains(',')
    };
    !f[sp.start..sp.end].contains([':', '?'])
        && !is_past(f, sp)
        && hits.iter().any(|h| {
            h.cue.kind == MODAL && h.cue.weight >= 0.75 && (h.cue.key != "cần" || named_subject(h))
        })
}

/// Right after a speech cue, tasks set out as its object: an optional count
/// or quantifier ("15 nhóm", "các", "những") then a task noun ("nhiệm vụ",
/// "giải pháp").
fn tasks_after(cues: &Cues, f: &str, at: usize, sp: Span) -> bool {
    let mut at = skip_punct(f, at, sp.end);
    for k in 0..3 {
        if starts_with_kind(cues, f, at, sp.end, "task") {
            // A bare task noun must set tasks out ("nhiệm vụ trọng tâm",
            // "nhiệm vụ: …"), not judge them ("nhiệm vụ năm 2026 rất nặng
            // nề"); a counted one always does ("15 nhóm nhiệm vụ").
            if k > 0 {
                return true;
            }
            let rest = &f[at..sp.end];
            return !rest
                .split([',', ';'])
                .next()
                .unwrap_or("")
                .split_whitespace()
                .any(|w| cues.has(w, "judged"));
        }
        let w = next_word(f, at, sp.end);
        let counted = w.chars().all(|c| c.is_ascii_digit())
            || cues.has(w, "quantifier")
            || matches!(w, "nhóm" | "số" | "một");
        if w.is_empty() || !counted {
            return false;
        }
        at = skip_spaces(f, at + w.len(), sp.end);
    }
    false
}

/// A strong modal whose subject is both parties ("hai bên cần …").
fn both_sides_must(cues: &Cues, f: &str, hits: &[Hit], from: usize) -> bool {
    hits.iter().any(|h| {
        h.cue.kind == MODAL
            && h.cue.weight >= 0.7
            && h.span.start >= from
            && cues
                .of("both-sides")
                .iter()
                .any(|c| f[from..h.span.start].trim_end().ends_with(c.key.as_str()))
    })
}

/// Right after an opinion cue, a body (an ORG or a place, or a class of
/// bodies), a strong modal, then an action verb within four words: the
/// body is told what to do. ("mỗi người dân phải có …" names no body;
/// "ĐBSCL phải tự tin" no action.)
fn body_must(cues: &Cues, cx: &Context, hits: &[Hit], from: usize, sp: Span) -> bool {
    let f = &cx.norm.folded;
    let start = skip_punct(f, from, sp.end);
    let Some(m) = hits
        .iter()
        .find(|h| h.cue.kind == MODAL && h.cue.weight >= 0.7 && h.span.start > start)
    else {
        return false;
    };
    // ("cho rằng, trong lĩnh vực công nghiệp, Trà Vinh cần …": a fronted
    // phrase before the body.)
    let start = f[start..m.span.start]
        .rfind(", ")
        .map_or(start, |c| start + c + ", ".len());
    // ("cho rằng, đây là phiên chất vấn có chất lượng, cần sớm …": no
    // words between the last comma and the modal, no body.)
    let end = f[..m.span.start].trim_end().len();
    if end <= start {
        return false;
    }
    let mut subject = Span::new(start, end);
    // ("…, Tập đoàn than - khoáng sản (TKV) phải …": the body's short form
    // in brackets after it.)
    if f[subject.start..subject.end].ends_with(')') {
        if let Some(open) = f[subject.start..subject.end].rfind(" (") {
            subject.end = subject.start + open;
        }
    }
    let named = cx
        .within(sp)
        .any(|(_, e)| e.span == subject && matches!(e.ty, EntityType::Org | EntityType::Loc))
        || cues
            .of("agency")
            .iter()
            .any(|c| f[subject.start..subject.end] == *c.key.as_str());
    if !named {
        return false;
    }
    let mut at = skip_spaces(f, m.span.end, sp.end);
    for _ in 0..5 {
        if starts_with_kind(cues, f, at, sp.end, CONTINUE) {
            return true;
        }
        let w = next_word(f, at, sp.end);
        if w.is_empty() || w.ends_with(',') {
            return false;
        }
        at = skip_spaces(f, at + w.len(), sp.end);
    }
    false
}

/// Words that open an instruction: an imperative verb ("Triển khai …") or
/// a modal ("Cần …", "Tuyệt đối không …").
fn imperative_at(cues: &Cues, f: &str, at: usize, sp: Span) -> bool {
    let at = skip_punct(f, at, sp.end);
    let at = at + (f[at..sp.end].len() - f[at..sp.end].trim_start_matches('\'').len());
    starts_with_kind(cues, f, at, sp.end, CONTINUE) || starts_with_kind(cues, f, at, sp.end, MODAL)
}

/// "Thủ tướng: Triển khai hiệu quả …", "Chủ tịch UBND tỉnh: Chủ động …": a
/// headline whose speaker, before a colon, is an office, a person or a body,
/// and whose words after it are an instruction.
fn headline_with_speaker(cues: &Cues, cx: &Context, sp: Span) -> Option<Speaker> {
    let f = &cx.norm.folded;
    let colon = sp.start + f[sp.start..sp.end].find(':')?;
    // The speaker is the whole of what comes before the colon.
    let mut covered = sp.start;
    let mut speaker = None;
    for (i, e) in cx.within(Span::new(sp.start, colon)) {
        if e.span.start < covered {
            continue;
        }
        if !f[covered..e.span.start].trim().is_empty() {
            return None;
        }
        speaker = match (e.ty, speaker) {
            (EntityType::Person, _) => Some(Speaker::Person(i)),
            (_, Some(Speaker::Person(p))) => Some(Speaker::Person(p)),
            (EntityType::Title, _) => Some(resolve_title(cx, i)),
            (EntityType::Org, _) => Some(Speaker::Written(e.span)),
            (_, s) => s,
        };
        covered = e.span.end;
    }
    if !f[covered..colon].trim().is_empty() {
        return None;
    }
    let content = Span::new(colon + 1, sp.end);
    (imperative_at(cues, f, content.start, sp) && !is_past(f, content))
        .then_some(speaker)
        .flatten()
}

/// A sentence ending in a colon that introduces guidance ("… có ý kiến như
/// sau:", "Bộ Chính trị kết luận:"): who speaks in the items after it.
fn colon_intro(cues: &Cues, cx: &Context, sp: Span) -> Option<Speaker> {
    let f = &cx.norm.folded;
    let text = f[sp.start..sp.end].trim_end();
    if !text.ends_with(':') {
        return None;
    }
    let has_intro = has_word_of_kind(cues, text, "intro");
    if !has_intro || subordinate_before(cues, f, sp, sp.start + text.len()) {
        return None;
    }
    let mut best = None;
    for (i, e) in cx.within(sp) {
        best = match (e.ty, &best) {
            (EntityType::Person, _) => Some(Speaker::Person(i)),
            (EntityType::Title, Some(Speaker::Person(_))) => best,
            (EntityType::Title, _) => Some(resolve_title(cx, i)),
            (EntityType::Org, None) => Some(Speaker::Written(e.span)),
            _ => best,
        };
    }
    best
}

/// A province or city as the subject right before a cue (the sentence's
/// first words, "vừa"/"đã"/"cũng" between): its People's Committee as the
/// article names it, else the place as written.
fn place_as_government(cx: &Context, sp: Span, at: usize) -> Option<Speaker> {
    let f = &cx.norm.folded;
    let (_, loc) = cx.within(sp).find(|(_, e)| {
        e.ty == EntityType::Loc
            && e.span.end <= at
            && matches!(e.kind.as_str(), "province" | "city" | "capital")
            && f[e.span.end..at]
                .split_whitespace()
                .all(|w| matches!(w, "vừa" | "đã" | "cũng"))
    })?;
    // The place opens the sentence, its class word before it at most.
    let head = f[sp.start..loc.span.start].trim();
    if !head.is_empty() && !crate::entities::PLACE_CLASS.contains(&head) {
        return None;
    }
    let name = &f[loc.span.start..loc.span.end];
    // (The nearest named before this sentence, else the first after it,
    // as a headline comes before the lead naming the committee; a bounded
    // look either way.)
    let at_sentence = cx.entities.partition_point(|e| e.span.start < sp.start);
    let is_government = |e: &&Entity| {
        e.ty == EntityType::Org && {
            let t = &f[e.span.start..e.span.end];
            (t.starts_with("ubnd") || t.starts_with("ủy ban nhân dân")) && t.ends_with(name)
        }
    };
    let government = cx.entities[..at_sentence]
        .iter()
        .rev()
        .take(400)
        .find(is_government)
        .or_else(|| {
            cx.entities[at_sentence..]
                .iter()
                .take(400)
                .find(is_government)
        });
    // (Else the place with its class word, as written.)
    let raw = &f[sp.start..loc.span.start];
    let from = sp.start + (raw.len() - raw.trim_start().len());
    Some(Speaker::Written(
        government.map_or(Span::new(from, loc.span.end), |g| g.span),
    ))
}

/// A picture's file name, or a caption ending with its source in brackets.
fn picture_line(t: &str) -> bool {
    let t = t.trim();
    [".png", ".jpg", ".jpeg", ".gif", ".webp"]
        .iter()
        .any(|x| t.ends_with(x))
        || (t.ends_with(')')
            && t.rfind('(').is_some_and(|o| {
                let src = &t[o + 1..t.len() - 1];
                src.starts_with("ảnh") || (src.contains('.') && !src.contains(' '))
            }))
}

/// "thông báo ý kiến chỉ đạo của đồng chí X, Phó Chủ tịch UBND tỉnh về
/// việc …", "truyền đạt kết luận của Thủ tướng": the leader whose direction
/// a notice conveys.
fn conveyed_direction(cx: &Context, sp: Span) -> Option<Speaker> {
    let f = &cx.norm.folded;
    let text = &f[sp.start..sp.end];
    // The first of them to end: one pass with every form.
    static FORMS: std::sync::OnceLock<AhoCorasick> = std::sync::OnceLock::new();
    let forms = FORMS.get_or_init(|| {
        AhoCorasick::new([
            "ý kiến chỉ đạo của ",
            "kết luận chỉ đạo của ",
            "kết luận của ",
        ])
        .expect("three fixed forms")
    });
    let at = sp.start + forms.find(text)?.end();
    let at = at
        + f[at..]
            .strip_prefix("đồng chí ")
            .map_or(0, |_| "đồng chí ".len());
    cx.within(sp)
        .find(|(_, e)| e.span.start == at)
        .and_then(|(i, e)| person_or_office(cx, i, e))
}

/// "Nội dung công văn … lưu ý các nội dung:": a sentence ending in a colon
/// with an introducing word and a document named in it.
fn document_intro(cues: &Cues, f: &str, sp: Span) -> bool {
    let text = f[sp.start..sp.end].trim_end();
    text.ends_with(':')
        && has_word_of_kind(cues, text, "intro")
        && has_word_of_kind(cues, text, "document")
}

/// One of the cue file's words of `kind`, as a whole word, in `text`.
fn has_word_of_kind(cues: &Cues, text: &str, kind: &str) -> bool {
    cues.of(kind).iter().any(|c| has_word(text, &c.key))
}

/// `word` (one or more words) in `text` as a whole word.
fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word)
        .any(|(i, _)| boundary_before(text, i) && boundary_after(text, i + word.len()))
}

/// A sentence that carries on a leader's guidance without a cue of its own.
fn continuation(
    cues: &Cues,
    cx: &Context,
    f: &str,
    sp: Span,
    hits: &[Hit],
    addressee: Option<&str>,
) -> Option<(String, f32)> {
    // A list item's dash or quote goes first ("- Đẩy mạnh rà soát …").
    let start = skip_opener(cues, f, sp);
    let opener = start > skip_punct(f, sp.start, sp.end);
    // "Đồng thời, Trung ương MTTQ Việt Nam cam kết …": a pledge, not an
    // instruction.
    // (Before any modal: "cần chuẩn bị sẵn sàng lực lượng" asks.)
    let first_modal = hits
        .iter()
        .filter(|h| h.cue.kind == MODAL && h.span.start >= start)
        .map(|h| h.span.start)
        .min()
        .unwrap_or(sp.end);
    if commitment_within(cues, f, Span::new(start, first_modal), 10) {
        return None;
    }
    let strong_modal = hits
        .iter()
        .any(|h| h.cue.kind == MODAL && h.cue.weight >= 0.7);
    // ("Ban Chỉ đạo thành phố sẽ kiểm tra …": what a body will do, its own
    // plan; a strong modal anywhere still asks: "… sẽ phải …", "… sẽ ngày
    // càng cao hơn, chúng ta càng phải …".)
    let head = &f[start..sp.end];
    let plan = !strong_modal
        && head
            .find(" sẽ ")
            .is_some_and(|i| !head[..i].contains(',') && word_count(&head[..i], 8) <= 6);
    if plan {
        return None;
    }
    // "Cùng với đó là chuẩn bị …", "Trong đó, nhiệm vụ đầu tiên là thực
    // hiện tốt …": the action named after "là".
    let after_là = |at: usize| skip_spaces(f, at + "là".len(), sp.end);
    let start = if opener && next_word(f, start, sp.end) == "là" {
        after_là(start)
    } else if let Some(found) = after_task_là(cues, f, start, sp) {
        Some(found)
            .filter(|&a| {
                starts_with_kind(cues, f, a, sp.end, CONTINUE)
                    || starts_with_kind(cues, f, a, sp.end, REQUEST)
            })
            .unwrap_or(start)
    } else {
        start
    };
    // "tiếp tục" early in the sentence: "Cán bộ Văn phòng tiếp tục trau dồi…".
    let early_continue = hits.iter().any(|h| {
        h.cue.kind == MODAL
            && h.cue.key == "tiếp tục"
            && word_count(&f[start..h.span.start], 6) <= 6
    });
    if strong_modal {
        Some(("continuation:modal".into(), 0.7))
    } else if f[sp.start..sp.end].starts_with("để ") {
        Some(("continuation:purpose".into(), 0.6))
    } else if starts_with_kind(cues, f, start, sp.end, CONTINUE)
        || (f[..start].ends_with("là ") && starts_with_kind(cues, f, start, sp.end, REQUEST))
    {
        // ("Cùng với đó là chỉ đạo rà soát …": a request named as the task.)
        Some(("continuation:imperative".into(), 0.65))
    } else if early_continue {
        Some(("continuation:tiếp tục".into(), 0.6))
    } else if agency_acts(cues, f, start, sp) || one_agency_acts(cues, f, start, sp) {
        Some(("continuation:agencies".into(), 0.6))
    } else if addressee_acts(cues, cx, start, sp, addressee) || place_acts(cues, cx, start, sp) {
        Some(("continuation:addressee".into(), 0.6))
    } else if opener
        // (A weak modal far into the sentence describes: "Trong đó, đặc
        // biệt nghiêm trọng là …, do thời tiết tiếp tục mưa lớn …".)
        && (hits.iter().any(|h| {
            h.cue.kind == MODAL
                && (h.cue.weight >= 0.7 || word_count(&f[start..h.span.start], 8) <= 8)
        }) || verb_after_adjunct(cues, f, start, sp))
    {
        Some(("continuation:opener".into(), 0.6))
    } else {
        None
    }
}

/// "Các sở, ngành, địa phương chủ động phối hợp…": bodies named as a class
/// are told what to do, an action verb early in the sentence.
fn agency_acts(cues: &Cues, f: &str, start: usize, sp: Span) -> bool {
    let rest = &f[start..sp.end];
    let Some(agency) = cues
        .of("agency")
        .iter()
        .find(|c| rest.starts_with(c.key.as_str()))
    else {
        return false;
    };
    let mut at = start + agency.key.len();
    // ("Các sở, ban, ngành, đoàn thể của tỉnh, UBND các huyện, thành phố
    // chủ động …": the bodies listed may run long.)
    for _ in 0..14 {
        let r = &f[at..sp.end];
        let trimmed = r.trim_start_matches([' ', ',']);
        at += r.len() - trimmed.len();
        if starts_with_kind(cues, f, at, sp.end, CONTINUE) {
            return true;
        }
        let w = trimmed.split(' ').next().unwrap_or("");
        if w.is_empty() || cues.has(w.trim_end_matches(','), "stative") {
            return false;
        }
        at += w.len();
    }
    false
}

/// "nhiệm vụ đầu tiên là thực hiện tốt …": a task noun at `at`, then "là"
/// within ten words and before any comma; the position of the words after it.
fn after_task_là(cues: &Cues, f: &str, at: usize, sp: Span) -> Option<usize> {
    if !starts_with_kind(cues, f, at, sp.end, "task") {
        return None;
    }
    let mut at = at;
    for _ in 0..10 {
        let w = next_word(f, at, sp.end);
        if w.is_empty() || w.ends_with(',') {
            return None;
        }
        if w == "là" {
            return Some(skip_spaces(f, at + "là".len(), sp.end));
        }
        at = skip_spaces(f, at + w.len(), sp.end);
    }
    None
}

/// The cue hits inside a span (a quote, the words before a cue).
fn hits_within<'a>(hits: &[Hit<'a>], span: Span) -> Vec<Hit<'a>> {
    hits.iter()
        .filter(|h| span.contains(&h.span))
        .copied()
        .collect()
}

/// "Cùng đó, song song với các nhiệm vụ …, phấn đấu đạt …": after a
/// connective, a fronted phrase, then the instruction's verb opening one of
/// the next comma-separated parts.
fn verb_after_adjunct(cues: &Cues, f: &str, start: usize, sp: Span) -> bool {
    let mut at = start;
    for _ in 0..3 {
        let Some(c) = f[at..sp.end].find(',') else {
            return false;
        };
        at = skip_spaces(f, at + c + 1, sp.end);
        if starts_with_kind(cues, f, at, sp.end, CONTINUE) {
            return true;
        }
    }
    false
}

/// "Huyện tăng cường …": one body named by its class, the one the leader
/// addresses, then at once an imperative verb ("Tỉnh ủy …" is a name).
fn one_agency_acts(cues: &Cues, f: &str, start: usize, sp: Span) -> bool {
    let rest = &f[start..sp.end];
    // ("Chúng ta cương quyết, không khoan nhượng …": the speaker's side.)
    cues.of("agency-one")
        .iter()
        .chain(cues.of("both-sides"))
        .any(|c| {
            rest.starts_with(c.key.as_str())
                && rest[c.key.len()..].starts_with(' ')
                && starts_with_kind(cues, f, start + c.key.len() + 1, sp.end, CONTINUE)
        })
}

/// The cue that governs the sentence: the first one right after a subject;
/// else the first request or speech cue. A report, opinion or praise word
/// without a subject is content ("kịp thời báo cáo"), unless it opens the
/// sentence ("Các đồng chí cũng thống nhất…").
fn governing_cue<'a>(cues: &Cues, cx: &Context, hits: &[Hit<'a>], sp: Span) -> Option<Hit<'a>> {
    let f = &cx.norm.folded;
    // "Sau khi nghe X báo cáo …, Y phát biểu chỉ đạo": what was heard is
    // no cue of the sentence's subject.
    // (Only the first cue after "nghe" is what was heard.)
    let text = &f[sp.start..sp.end];
    let nghe = if text.starts_with("nghe ") {
        Some(sp.start)
    } else if !text.contains("nghe ") {
        // (One search in the common case, not one a form.)
        None
    } else {
        ["sau khi nghe ", ", nghe "]
            .iter()
            .filter_map(|w| text.find(w).map(|i| sp.start + i))
            .min()
    };
    let heard_at = nghe.and_then(|n| {
        hits.iter()
            .find(|h| h.span.start > n && matches!(h.cue.kind.as_str(), OPINION | SAY | REPORT))
            .map(|h| h.span.start)
    });
    let verbal = |h: &&Hit| {
        matches!(
            h.cue.kind.as_str(),
            REQUEST | SAY | WISH | OPINION | NEGATIVE | REPORT
        ) && heard_at != Some(h.span.start)
    };
    // "Yêu cầu UBND tỉnh chỉ đạo các ngành …": a request opening the
    // sentence governs; the body after it is its object, not a subject.
    // ("Chỉ đạo tại hội nghị, X biểu dương …": the occasion, no request.)
    let occasion = |h: &Hit| matches!(next_word(f, h.span.end, sp.end), "tại" | "ở" | "trong");
    if let Some(h) = hits.iter().find(verbal).filter(|h| {
        let before = f[sp.start..h.span.start].trim_end();
        !occasion(h)
            && h.cue.kind == REQUEST
            && (!before.contains(char::is_alphanumeric)
                || (before.ends_with(',') && word_count(before, 3) <= 3))
    }) {
        return Some(*h);
    }
    if let Some(h) = hits
        .iter()
        .filter(verbal)
        .find(|h| subject_before(cues, cx, sp, h.span.start).is_some())
    {
        return Some(*h);
    }
    hits.iter()
        .filter(verbal)
        .find(|h| {
            matches!(h.cue.kind.as_str(), REQUEST | SAY | WISH)
                || (h.cue.kind == NEGATIVE && word_count(&f[sp.start..h.span.start], 5) <= 5)
        })
        .copied()
}

/// The quotation that opens a sentence and closes before `at`: its inside.
fn quoted_before(f: &str, sp: Span, at: usize) -> Option<Span> {
    let head = &f[sp.start..at];
    let open = head.strip_prefix('"')?;
    let close = open.rfind('"')?;
    // Only the subject and punctuation between the quote and the cue.
    let between = &open[close + 1..];
    (close > 0 && word_count(between, 8) <= 8).then(|| {
        let start = sp.start + 1;
        Span::new(start, start + close)
    })
}

fn cx_text_upper(text: &str, at: usize) -> bool {
    text[at..].starts_with(char::is_uppercase)
}

fn find_cues<'a>(cues: &'a Cues, f: &str, written: &str, sp: Span) -> Vec<Hit<'a>> {
    let text = &f[sp.start..sp.end];
    let mut out = Vec::new();
    // After a list item's marker or an opening quote, a cue opens the
    // sentence ("- Giao Ủy ban nhân dân xã …").
    let opening = marker_end(f, sp)
        .unwrap_or(sp.start)
        .max(skip_punct(f, sp.start, sp.end));
    for m in cues.automaton.find_iter(text) {
        let (s, e) = (sp.start + m.start(), sp.start + m.end());
        if !boundary_before(f, s) || !boundary_after(f, e) {
            continue;
        }
        let mut cue = &cues.hits[m.pattern().as_usize()];
        // ("dự toán đã được Quốc hội giao, …": an agent's passive with
        // nothing after it describes a noun; it asks nothing.)
        if f[e..sp.end].starts_with([',', '.', ';', ')'])
            && word_among_last(f[sp.start..s].trim_end(), "được", 5)
                .is_some_and(|i| !f[sp.start + i..s].contains([',', ';']))
        {
            continue;
        }
        let (mut s, mut e) = (s, e);
        if cue.kind == "ignore" {
            // "Giao Ban quản lý dự án …": a capital inside the compound
            // says it is no compound ("giao ban" is a meeting); the first
            // word is the cue.
            let first_end = f[s..e].find(' ').map(|i| s + i);
            let capital_inside =
                first_end.is_some_and(|fe| written[fe + 1..e].starts_with(char::is_uppercase));
            // "Tổng Bí thư đã giao Ủy ban Kiểm tra Trung ương chủ trì …": a
            // body named or a group after the compound makes its last word
            // the cue ("nhiệm vụ đã giao" stays a noun phrase).
            let last_start = f[s..e].rfind(' ').map(|i| s + i + 1);
            let after = skip_spaces(f, e, sp.end);
            // ("UBND xã giao nhiệm vụ cho …": "xã" is the body's level, not
            // "xã giao", courtesy.)
            let level_of_body = f[s..e].starts_with("xã ")
                && ["ubnd", "ủy ban nhân dân", "đảng ủy", "công an", "hđnd"]
                    .iter()
                    .any(|b| f[..s].trim_end().ends_with(b));
            let addressed = level_of_body
                || (after > e
                    && (f[s..e].starts_with("đã ") || f[s..e].starts_with("vừa "))
                    && (written[after..].starts_with(char::is_uppercase)
                        || starts_with_kind(cues, f, after, sp.end, "quantifier")));
            match first_end.and_then(|fe| cues.verb(&f[s..fe]).map(|c| (fe, c))) {
                Some((fe, c)) if capital_inside => {
                    cue = c;
                    e = fe;
                }
                _ => match last_start.and_then(|ls| cues.verb(&f[ls..e]).map(|c| (ls, c))) {
                    Some((ls, c)) if addressed && c.kind == REQUEST => {
                        cue = c;
                        s = ls;
                    }
                    _ => continue,
                },
            }
        }
        // "kinh tế của tỉnh tiếp tục có những bước chuyển tích cực": a weak
        // modal before a stative word describes a trend; it asks nothing.
        if cue.kind == MODAL && cue.weight < 0.7 {
            let next = next_word(f, e, sp.end).trim_end_matches([',', '.', ';']);
            if cues.has(next, "stative") || cues.has(next, "trend") {
                continue;
            }
        }
        // A modal is no noun ("cần đặt mục tiêu"); only words before it can
        // make it one.
        // ("điều quan trọng là phải …": "là" before "phải" states the
        // obligation, it makes no noun.)
        let is_nominal = if cue.kind == MODAL {
            nominal_before(cues, f, sp, s)
                && !(cue.key.ends_with("phải") && f[sp.start..s].trim_end().ends_with(" là"))
        } else {
            nominal(cues, f, sp, s, e)
        };
        // ("thông báo kết luận của Phó Chủ tịch X yêu cầu …": the conclusion
        // of X, a noun; X's request is the verb.)
        // ("ý kiến phát biểu của các thành viên", "tinh thần chỉ đạo của
        // Tổng Bí thư": a verb takes its object directly, so a cue before
        // "của" is a noun, whatever its kind.)
        let report_noun = cue.kind != MODAL && next_word(f, e, sp.end) == "của";
        if (matches!(
            cue.kind.as_str(),
            REQUEST | SAY | WISH | OPINION | NEGATIVE | MODAL
        ) && is_nominal)
            || report_noun
        {
            continue;
        }
        // "ký Chỉ thị", "theo Kết luận": a capitalised cue inside a sentence
        // names a document.
        if s > opening && cue.kind == REQUEST && cx_text_upper(written, s) {
            continue;
        }
        out.push(Hit {
            span: Span::new(s, e),
            cue,
        });
    }
    out
}

fn prev_word(f: &str, lo: usize, at: usize) -> &str {
    f[lo..at]
        .trim_end()
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("")
}

fn next_word(f: &str, at: usize, hi: usize) -> &str {
    f[at..hi].split_whitespace().next().unwrap_or("")
}

/// A cue used as a noun ("các kiến nghị", "theo đề nghị của", "đáp ứng
/// yêu cầu", "yêu cầu cao") is no request.
fn nominal(cues: &Cues, f: &str, sp: Span, s: usize, e: usize) -> bool {
    let next = next_word(f, e, sp.end);
    // "Chỉ thị có nội dung là yêu cầu các cấp ủy …": after "là", a cue with
    // a group to act on is the verb ("là yêu cầu cao" stays a noun).
    // ("… trực tiếp về chỉ đạo các lực lượng …": after "về", going down
    // to a place, the same; "cảnh báo về yêu cầu kiểm tra" stays a noun.)
    let verb_after_là = || {
        matches!(prev_word(f, sp.start, s), "là" | "về")
            && starts_with_kind(cues, f, skip_spaces(f, e, sp.end), sp.end, "quantifier")
    };
    // ("cảm ơn sự quan tâm, tin tưởng và chỉ đạo sát sao của …": the last
    // of nouns after "sự"; "ghi nhận sự nỗ lực và chỉ đạo các đơn vị …"
    // joins a second verb, which takes its object.)
    // (The nouns run from "sự" to the cue: no clause break, no other verb
    // between; "Trước sự cố, Bộ trưởng đến và chỉ đạo …" joins two verbs.)
    let joined_after_sự = || {
        let before = f[sp.start..s].trim_end();
        prev_word(f, sp.start, s) == "và"
            && before.rfind("sự ").is_some_and(|at| {
                let list = &before[at..];
                boundary_before(before, at)
                    && word_count(list, 8) <= 7
                    && !list.contains([';', ':'])
                    && !list.split([' ', ',']).any(|w| matches!(w, "đến" | "về" | "đã"))
                    // ("sự cố", "sự kiện": nouns of their own, no "sự" of
                    // a verb.)
                    && !["sự cố", "sự kiện", "sự việc", "sự nghiệp", "sự vụ", "sự thật"]
                        .iter()
                        .any(|n| list.starts_with(n))
            })
            && !starts_with_kind(cues, f, skip_spaces(f, e, sp.end), sp.end, "quantifier")
    };
    // ("Hội nghị quán triệt một số nghị quyết …": the name of the meeting.)
    let names_an_event = || {
        let before = f[sp.start..s].trim_end();
        ["quán triệt", "triển khai", "tổng kết", "sơ kết"].contains(&&f[s..e])
            && ["hội nghị", "lễ", "buổi", "lớp", "đợt"]
                .iter()
                .any(|n| before.ends_with(n) && boundary_before(before, before.len() - n.len()))
    };
    let posed = || {
        posed_after(f, e)
            && f[sp.start..s]
                .trim_matches(|c: char| !c.is_alphanumeric())
                .is_empty()
    };
    // ("mặt tích cực nói trên": the above-mentioned.)
    let above = || &f[s..e] == "nói" && next.trim_end_matches([',', '.', ';', ':']) == "trên";
    (nominal_before(cues, f, sp, s) && !verb_after_là())
        || cues.has(next.trim_end_matches([',', '.', ';', ':']), "noun-after")
        || above()
        || joined_after_sự()
        || names_an_event()
        || posed()
}

/// ("Yêu cầu đặt ra không chỉ là …": the requirement posed, a noun; the
/// seed reads "đặt ra yêu cầu" as an assessment.)
fn posed_after(f: &str, e: usize) -> bool {
    f[e..].starts_with(" đặt ra ") || f[e..].starts_with(" được đặt ra ")
}

/// Words before a cue that make it a noun ("các kiến nghị").
fn nominal_before(cues: &Cues, f: &str, sp: Span, s: usize) -> bool {
    let before = f[sp.start..s].trim_end();
    // The last word, and the last two as written (one space between).
    let cut1 = before.rfind(' ').map_or(0, |i| i + 1);
    let prev1 = &before[cut1..];
    let prev2 = match before[..cut1.saturating_sub(1)].rfind(' ') {
        Some(i) if cut1 > 0 => &before[i + 1..],
        None if cut1 > 0 => before,
        _ => "",
    };
    // ("sự quan tâm, chỉ đạo sát sao của …": a list of nouns after "sự".)
    let listed_after_sự = || prev1.ends_with(',') && before.rsplit(' ').take(4).any(|w| w == "sự");
    // ("Đoàn công tác đề nghị …": a delegation asking, not "công tác" the
    // noun.)
    let group = || {
        before.rsplit(' ').nth(2).is_some_and(|w| {
            let at = before.len() - prev2.len() - w.len() - 1;
            cues.has(&before[at..], "speaking-group")
        })
    };
    // (The cheap lookups first: most cues have no noun word before them.)
    (cues.has(prev1, "noun-before")
        || (!prev2.is_empty() && cues.has(prev2, "noun-before"))
        || listed_after_sự())
        && !group()
}

enum Subj {
    Speaker(Speaker),
    /// A bare "đồng chí": the person the article makes clear.
    Comrade,
    /// A document opening the clause ("Chỉ thị yêu cầu …"): its issuer.
    Document,
}

/// The subject of a cue at `at`: a person named in the clause before it,
/// else an office or an authority body written shortly before it, else a
/// bare "đồng chí".
/// Who speaks a quotation that runs over several sentences and closes with
/// its speaker ("…”, Bí thư Đinh La Thăng đề nghị.").
struct QuoteOwner {
    speaker: Speaker,
    /// The sentence that closes the quote and names the speaker.
    closes: bool,
}

fn quote_owners(cues: &Cues, cx: &Context) -> Vec<Option<QuoteOwner>> {
    let f = &cx.norm.folded;
    let mut owners: Vec<Option<QuoteOwner>> = (0..cx.sents.len()).map(|_| None).collect();
    let mut open: Option<usize> = None;
    for (si, sent) in cx.sents.iter().enumerate() {
        let sp = sent.span;
        let t = &f[sp.start..sp.end];
        let quotes = t.matches('"').count();
        match open {
            Some(first) if sent.para != cx.sents[first].para => open = None,
            _ => {}
        }
        match open {
            None if t.starts_with('"') && quotes % 2 == 1 => open = Some(si),
            Some(first) if quotes % 2 == 1 => {
                open = None;
                // The quote closes here: its speaker is the subject of the
                // speech cue after it.
                let Some(close) = t.rfind('"').map(|c| sp.start + c) else {
                    continue;
                };
                if !f[close + 1..sp.end].trim_start().starts_with(',') {
                    continue;
                }
                let hits = find_cues(cues, f, &cx.norm.text, sp);
                let cue = hits.iter().find(|h| {
                    h.span.start > close && matches!(h.cue.kind.as_str(), SAY | REQUEST | WISH)
                });
                let speaker = cue.and_then(|h| match subject_before(cues, cx, sp, h.span.start) {
                    Some(Subj::Speaker(s)) => Some(s),
                    _ => None,
                });
                if let Some(speaker) = speaker {
                    for (k, o) in owners.iter_mut().enumerate().take(si + 1).skip(first) {
                        *o = Some(QuoteOwner {
                            speaker: speaker.clone(),
                            closes: k == si,
                        });
                    }
                }
            }
            _ => {}
        }
    }
    owners
}

/// A list item's marker opening the sentence: "1-", "2.", "a)", "-", "+",
/// "•", or an ordinal "Thứ nhất,".
fn list_marker(f: &str, sp: Span) -> bool {
    marker_end(f, sp).is_some()
}

/// Where the words after a list item's marker start.
fn marker_end(f: &str, sp: Span) -> Option<usize> {
    let t = &f[sp.start..sp.end];
    let b = t.as_bytes();
    let after = |n: usize| Some(skip_spaces(f, sp.start + n, sp.end));
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if (1..=2).contains(&digits) {
        // ("1- …", "2. …", not "19.5" or "5/2026".)
        let ok = matches!(b.get(digits), Some(b'-' | b'.' | b')' | b'/'))
            && !b.get(digits + 1).is_some_and(u8::is_ascii_digit);
        return if ok { after(digits + 1) } else { None };
    }
    if b.len() > 2 && b[0].is_ascii_lowercase() && b[1] == b')' {
        return after(2);
    }
    for m in ["- ", "+ ", "• "] {
        if t.starts_with(m) {
            return after(m.len());
        }
    }
    const ORDINALS: [&str; 10] = [
        "nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười",
    ];
    let r = t.strip_prefix("thứ ")?;
    let o = ORDINALS
        .iter()
        .find(|o| r.starts_with(*o) && r[o.len()..].starts_with(','))?;
    after("thứ ".len() + o.len() + 1)
}

/// A sentence that ends announcing its items: "… như sau:", "… sau:".
fn announces_items(f: &str, sp: Span) -> bool {
    // (" sau:" covers "như sau:".)
    f[sp.start..sp.end].trim_end().ends_with(" sau:")
}

/// A directive that announces the items to follow: it ends with a colon
/// ("thực hiện các nội dung sau:") or counts its tasks ("6 nhiệm vụ trọng
/// tâm", "ba nhóm giải pháp").
fn announces_list(cues: &Cues, f: &str, sp: Span) -> bool {
    let t = f[sp.start..sp.end].trim_end();
    if t.ends_with(':') {
        return true;
    }
    const COUNTS: [&str; 9] = [
        "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười",
    ];
    let mut pos = sp.start;
    for w in f[sp.start..sp.end].split(' ') {
        let next = (pos + w.len() + 1).min(sp.end);
        let count = (w.len() <= 2 && !w.is_empty() && w.bytes().all(|c| c.is_ascii_digit()))
            // (No count word is over seven bytes: most words skip the list.)
            || (w.len() <= 7 && COUNTS.contains(&w));
        if count {
            let at = match f[next..sp.end].strip_prefix("nhóm ") {
                Some(_) => next + "nhóm ".len(),
                None => next,
            };
            if starts_with_kind(cues, f, at, sp.end, "task") {
                return true;
            }
        }
        pos = next;
    }
    false
}

/// "UBND tỉnh Quảng Ninh vừa ban hành Văn bản số 3105/… chỉ đạo …", "Bí thư
/// … ký công văn gửi các cơ quan …, yêu cầu …": the request follows a
/// document its subject issued, and the issuer asks.
fn issued_document(cues: &Cues, cx: &Context, sp: Span, at: usize) -> Option<Subj> {
    let f = &cx.norm.folded;
    let head = &f[sp.start..at];
    let doc_at = cues
        .of("document")
        .iter()
        .filter_map(|c| {
            head.rfind(c.key.as_str())
                .filter(|&i| boundary_before(head, i) && boundary_after(head, i + c.key.len()))
        })
        .max()
        .map(|i| sp.start + i)?;
    // ("ký Chỉ thị … về việc nghiên cứu, học tập, quán triệt …": the cue
    // names the document's subject, it asks nothing.)
    let between = &f[doc_at..at];
    if word_count(between, 25) > 25 || between.contains(" về ") {
        return None;
    }
    let before = f[sp.start..doc_at].trim_end();
    // The issuing verbs are the cue file's `issue` words, as for
    // `issuer_before`.
    let verb = cues.of("issue").iter().find(|v| {
        before.ends_with(v.key.as_str()) && boundary_before(before, before.len() - v.key.len())
    })?;
    let verb_at = sp.start + before.len() - verb.key.len();
    // ("vừa ban hành", "đã ký": the adverb sits between subject and verb.)
    let subject_end = sp.start + f[sp.start..verb_at].trim_end().len();
    subject_before(cues, cx, sp, subject_end + 1).filter(|s| matches!(s, Subj::Speaker(_)))
}

/// Between a praise cue and a later request word, a deed done ("đã làm
/// hết sức mình, chỉ đạo quyết liệt"): the word is part of the praise. Not
/// a request reported ("đã yêu cầu"), a passive relative ("đã được phê
/// duyệt"), nor a request with its own subject ("…, ông đề nghị").
fn praised_deed(f: &str, from: usize, at: usize) -> bool {
    let between = f[from..at].trim_end();
    if between.ends_with(" đã")
        || ["ông", "bà", "đồng chí"]
            .iter()
            .any(|h| between.ends_with(h) && boundary_before(between, between.len() - h.len()))
    {
        return false;
    }
    between.match_indices("đã ").any(|(i, _)| {
        boundary_before(between, i) && !between[i + "đã ".len()..].starts_with("được")
    })
}

/// "… có trách nhiệm" right before the cue at `at`: the subject is tasked.
fn duty_before(cues: &Cues, cx: &Context, sp: Span, at: usize) -> bool {
    let f = &cx.norm.folded;
    let before = f[sp.start..at].trim_end();
    let words: Vec<&str> = before.rsplit(' ').take(3).collect();
    // ("Công an tỉnh phải quán triệt …": a modal before the cue says the
    // same; "Bí thư Thành ủy Nguyễn Văn Nên đề nghị": a capitalised "Nên"
    // is a name's syllable.)
    let last_at = sp.start + before.len() - words.first().map_or(0, |w| w.len());
    let capital = cx.norm.text[last_at..].starts_with(char::is_uppercase);
    // ("Lực lượng Quản lý thị trường được yêu cầu tăng cường …": the
    // passive, the body the one asked.)
    if words
        .first()
        .is_some_and(|w| matches!(*w, "cần" | "phải" | "nên" | "được"))
        && !(capital && last_at > sp.start)
    {
        return true;
    }
    (2..=3).any(|n| {
        n <= words.len() && {
            let cut: usize = words[..n].iter().map(|w| w.len() + 1).sum();
            cues.has(&before[before.len() + 1 - cut..], "duty")
        }
    })
}

fn subject_before(cues: &Cues, cx: &Context, sp: Span, at: usize) -> Option<Subj> {
    let f = &cx.norm.folded;
    // "Bộ GTVT có trách nhiệm chỉ đạo …": the body is given the duty; who
    // gives it is the passage's speaker.
    if duty_before(cues, cx, sp, at) {
        return None;
    }
    let before = f[sp.start..at].trim_end();
    // "Người đứng đầu Chính phủ đề nghị …": the office described, held by
    // the person the article is about (the body named is not the subject).
    if before.starts_with("người đứng đầu ") && before.split(' ').count() <= 6 {
        return Some(Subj::Comrade);
    }
    let words_between = |end: usize| f[end..at].split_whitespace().count();
    let clause_ok =
        |end: usize| end <= at && !f[end..at].contains(';') && !f[end..at].contains(':');
    // "Thành phố Hồ Chí Minh yêu cầu chấn chỉnh …", "Tỉnh Thanh Hóa yêu cầu
    // …": a province or city opening the clause right before the cue speaks
    // as its government, the People's Committee the article names.
    if let Some(s) = place_as_government(cx, sp, at) {
        return Some(Subj::Speaker(s));
    }
    // Outermost PERSON/TITLE/ORG mentions ending before the cue, nearest first.
    let here: Vec<(usize, &Entity)> = cx.within(sp).collect();
    let mut cands: Vec<(usize, &Entity)> = here
        .iter()
        .copied()
        .filter(|(_, e)| e.span.end <= at && clause_ok(e.span.end))
        .filter(|(_, e)| {
            matches!(
                e.ty,
                EntityType::Person | EntityType::Title | EntityType::Org
            )
        })
        // ("(BĐ) - Kết luận …, Chủ tịch … chỉ đạo": the outlet's tag is
        // no subject.)
        .filter(|(_, e)| e.source != SOURCE_TAG)
        .filter(|(_, e)| {
            !here.iter().any(|(_, t)| {
                t.ty == EntityType::Title && t.span.contains(&e.span) && t.span != e.span
            })
        })
        .collect();
    cands.sort_by_key(|(_, e)| std::cmp::Reverse(e.span.end));
    // "Tiếp Đại sứ Nigeria X trình Quốc thư, Chủ tịch nước đề nghị": an
    // office right before the cue, after a comma that closes the clause
    // naming someone else, is the subject.
    if let Some(&(ti, t)) = cands.first().filter(|(_, t)| t.ty == EntityType::Title) {
        let other = cands.iter().find(|(_, e)| e.ty == EntityType::Person);
        if let Some(&(pi, p)) = other {
            if words_between(t.span.end) <= 2
                && p.span.end <= t.span.start
                && f[p.span.end..t.span.start].contains(',')
                && cx.linked.get(&ti) != Some(&pi)
            {
                return Some(Subj::Speaker(resolve_title(cx, ti)));
            }
        }
    }
    // "Tổng Bí thư X thay mặt Bộ Chính trị, Ban Bí thư đề nghị": the person.
    // The offices and bodies in apposition right after the name are the
    // person's own ("X, Chủ tịch Ủy ban An toàn giao thông (ATGT) quốc gia
    // đã có công điện khẩn chỉ đạo"): the words count from their end.
    let after_apposition = |end: usize| {
        let mut pos = end;
        loop {
            let next = pos
                + f[pos..at]
                    .find(|c: char| !(c == ' ' || c == ',' || c == '-'))
                    .unwrap_or(at - pos);
            match here.iter().find(|(_, e)| {
                e.span.start == next
                    && e.span.end <= at
                    && matches!(e.ty, EntityType::Title | EntityType::Org)
            }) {
                Some((_, e)) => pos = e.span.end,
                None => return pos,
            }
        }
    };
    // "Theo thông báo kết luận … mà Tổng Thư ký Quốc hội X vừa ban hành,
    // Ủy ban Thường vụ Quốc hội yêu cầu …": a body opening its own clause
    // (after a comma that ends another, not a list of bodies) right before
    // the verb is the subject, not the person of the earlier clause.
    let clause_body = cands.first().filter(|(_, o)| {
        o.ty == EntityType::Org
            && words_between(o.span.end) <= 1
            && !f[o.span.end..at].contains(',')
            && f[..o.span.start].trim_end().ends_with(',')
            && !cands.iter().any(|(_, e)| {
                e.span.end <= o.span.start
                    && f[e.span.end..o.span.start]
                        .trim_matches(|c: char| c == ' ' || c == ',')
                        .is_empty()
            })
            && cands.iter().any(|(_, e)| {
                e.ty == EntityType::Person && after_apposition(e.span.end) < o.span.start
            })
    });
    if let Some(&(_, o)) = clause_body {
        return Some(Subj::Speaker(Speaker::Written(o.span)));
    }
    // "Phó Thủ tướng X đã ký công điện của Thủ tướng chỉ đạo …": the
    // document's owner, named right before its verb, asks; who signed it
    // signs on their behalf.
    if let Some(&(i, e)) = cands.first().filter(|(_, e)| {
        matches!(e.ty, EntityType::Title | EntityType::Org) && words_between(e.span.end) == 0
    }) {
        let head = f[sp.start..e.span.start].trim_end();
        let owned = head.strip_suffix(" của").is_some_and(|d| {
            cues.of("document")
                .iter()
                .any(|c| d.ends_with(c.key.as_str()) && boundary_before(d, d.len() - c.key.len()))
        });
        if owned {
            return speaker_of(cx, i, e).map(Subj::Speaker);
        }
    }
    if let Some(&(i, e)) = cands.iter().find(|(_, e)| e.ty == EntityType::Person) {
        if words_between(after_apposition(e.span.end)) <= 12 {
            return Some(Subj::Speaker(Speaker::Person(i)));
        }
    }
    if let Some(&(i, e)) = cands.first() {
        if words_between(e.span.end) <= 4 {
            match e.ty {
                EntityType::Title => return Some(Subj::Speaker(resolve_title(cx, i))),
                EntityType::Org => {
                    // "Báo cáo của X nêu rõ", "thay mặt X": X does not speak;
                    // nor does X after a preposition ("báo cáo cho UBND tỉnh
                    // và cung cấp thông tin").
                    let prev = prev_word(f, sp.start, e.span.start);
                    let prev2 = f[sp.start..e.span.start].trim_end().ends_with("thay mặt");
                    // A body speaks right before its verb, with no comma
                    // between ("Bộ Chính trị yêu cầu").
                    let comma = f[e.span.end..at].contains(',');
                    if !matches!(
                        prev,
                        "của" | "với" | "tại" | "và" | "cho" | "tới" | "đến" | "từ"
                    ) && !prev2
                        && !comma
                    {
                        return Some(Subj::Speaker(Speaker::Written(joint_bodies(
                            f, sp, &cands, e.span,
                        ))));
                    }
                }
                _ => {}
            }
        }
    }
    // "Ông đề nghị …": a bare honorific opening the sentence is the person
    // the article is about, like "đồng chí".
    if matches!(before, "ông" | "bà" | "ông cũng" | "bà cũng") {
        return Some(Subj::Comrade);
    }
    // A bare "đồng chí" (not followed by a name) right before the cue.
    if let Some(pos) = before.rfind("đồng chí") {
        if word_count(&before[pos..], 3) <= 3 && !before[pos..].contains(',') {
            return Some(Subj::Comrade);
        }
    }
    // "Thay mặt Chính phủ, Thủ tướng gửi lời chia buồn …, đồng thời chỉ
    // đạo UBND TP HCM …": a second predicate after "đồng thời" shares the
    // clause's subject, the first person or office that opens it.
    if before.ends_with(", đồng thời") || before.ends_with(" đồng thời cũng") {
        let opener = |e: &Entity| {
            !matches!(
                prev_word(f, sp.start, e.span.start),
                "của" | "với" | "tới" | "cho" | "thay" | "mặt" | "và"
            )
        };
        if let Some(&(i, e)) = cands
            .iter()
            .rev()
            .find(|(_, e)| matches!(e.ty, EntityType::Person | EntityType::Title) && opener(e))
        {
            return Some(Subj::Speaker(match e.ty {
                EntityType::Person => Speaker::Person(i),
                _ => resolve_title(cx, i),
            }));
        }
    }
    None
}

/// The last body of a list written as one subject ("Bộ Công an, UBND TP
/// HCM" → "UBND TP HCM").
fn last_listed(bodies: &str) -> &str {
    [", ", " và "]
        .iter()
        .filter_map(|g| bodies.rfind(g).map(|i| i + g.len()))
        .max()
        .map_or(bodies, |i| &bodies[i..])
}

/// "Bộ Chính trị, Ban Bí thư yêu cầu …": bodies listed as one subject
/// speak together; the speaker is the list as written.
fn joint_bodies(f: &str, sp: Span, cands: &[(usize, &Entity)], last: Span) -> Span {
    let mut start = last.start;
    loop {
        let before = &f[sp.start..start];
        let gap = [", ", " và "].iter().find(|g| before.ends_with(**g));
        let Some(gap) = gap else { break };
        let end = start - gap.len();
        match cands
            .iter()
            .find(|(_, e)| e.ty == EntityType::Org && e.span.end == end)
        {
            Some((_, e)) => start = e.span.start,
            None => break,
        }
    }
    // (The list opens its clause: "trong cuộc làm việc với lãnh đạo Tổng
    // cục TDTT, Bộ VH,TT&DL yêu cầu" names the ministry alone.)
    let prev = prev_word(f, sp.start, start);
    let opens_clause = prev.is_empty() || prev.ends_with(',');
    if start < last.start && opens_clause {
        Span::new(start, last.end)
    } else {
        last
    }
}

/// "nhấn mạnh Việt Nam sẵn sàng cùng phía Hàn Quốc …": the speaker's own
/// side's readiness or pledge in the first words, not a request.
fn commitment(cues: &Cues, f: &str, content: Span) -> bool {
    commitment_within(cues, f, content, 5)
}

/// A commitment cue among the first `words` words.
fn commitment_within(cues: &Cues, f: &str, content: Span, words: usize) -> bool {
    let head = f[content.start..content.end]
        .split_whitespace()
        .take(words)
        .collect::<Vec<_>>()
        .join(" ");
    has_word_of_kind(cues, &head, "commit")
}

/// "UBND tỉnh" after the article named "UBND tỉnh Đắk Lắk": the body by
/// its full name, as for a person.
fn full_body(cx: &Context, s: Speaker) -> Speaker {
    let Speaker::Written(w) = s else {
        return s;
    };
    let f = &cx.norm.folded;
    // ("Ngân hàng Nhà nước (NHNN) vừa ban hành …": a bracketed gloss
    // speaks for the body it glosses.)
    if f[..w.start].ends_with(" (") && f[w.end..].starts_with(')') {
        let before = w.start - " (".len();
        if let Some(b) = cx
            .entities
            .iter()
            .find(|e| e.ty == EntityType::Org && e.span.end == before)
        {
            return full_body(cx, Speaker::Written(b.span));
        }
    }
    let short = &f[w.start..w.end];
    // ("Chủ tịch UBND tỉnh" after "Chủ tịch UBND tỉnh Ninh Thuận", no name
    // given: the office by its full name too, when what it adds is the
    // place; "Thủ tướng" stays as written beside "Thủ tướng Chính phủ".)
    let title = cx
        .entities
        .iter()
        .any(|e| e.span == w && e.ty == EntityType::Title);
    let ty = if title {
        EntityType::Title
    } else {
        EntityType::Org
    };
    // (The short form ends with its level, "tỉnh", and the place follows.)
    let leveled = crate::entities::PLACE_CLASS
        .iter()
        .any(|c| short.strip_suffix(c).is_some_and(|b| b.ends_with(' ')));
    // (A body's full name counts when what it adds is a place: "UBND tỉnh"
    // → "UBND tỉnh Quảng Ninh"; "Ban Bí thư" stays as written beside "Ban
    // Bí thư Trung ương Đảng".)
    let adds_place = |full: Span| {
        let added = &f[full.start + short.len() + 1..full.end];
        // (A place the article names, here or elsewhere: places inside a
        // body's name are not marked.)
        cx.entities
            .iter()
            .any(|p| p.ty == EntityType::Loc && f[p.span.start..p.span.end] == *added)
    };
    // (Or the same body written short: "Bộ Nông nghiệp" for "Bộ Nông
    // nghiệp và Phát triển nông thôn".)
    let short_body = cx
        .entities
        .iter()
        .find(|e| e.span == w && e.ty == EntityType::Org);
    let same_body =
        |e: &Entity| e.kind == "ministry" || short_body.is_some_and(|b| b.canonical == e.canonical);
    let spaced = cx.entities.iter().find(|e| {
        e.ty == ty
            && e.span.len() > w.len()
            && f[e.span.start..e.span.end].starts_with(short)
            && f[e.span.start + short.len()..].starts_with(' ')
            // ("Bộ Y tế" beside "Bộ Y tế Việt Nam": the country adds nothing.)
            && f[e.span.start + short.len() + 1..e.span.end] != *"việt nam"
            && (leveled
                || (!title && (e.source == "dict:template" || adds_place(e.span) || same_body(e))))
    });
    if let Some(e) = spaced {
        return Speaker::Written(e.span);
    }
    // ("Thường vụ Quốc hội" after "Ủy ban Thường vụ Quốc hội": the article
    // also writes the body by its full name. An abbreviation, "Bộ TN-MT",
    // is a variant spelling and stays as written, dev33.)
    let abbreviated = cx.norm.text[w.start..w.end]
        .split(' ')
        .any(|t| t.chars().filter(|c| c.is_uppercase()).count() >= 2);
    if let Some(b) = short_body.filter(|b| !abbreviated && b.canonical.to_lowercase() != *short) {
        let full = b.canonical.to_lowercase();
        if let Some(e) = cx.entities.iter().find(|e| {
            e.ty == EntityType::Org
                && e.canonical == b.canonical
                && f[e.span.start..e.span.end] == *full
        }) {
            return Speaker::Written(e.span);
        }
    }
    // ("UBND TP" after "Văn phòng UBND TPHCM": the city's name fused to its
    // class word, inside a body or not.)
    if !title && short.ends_with(" tp") {
        for e in cx
            .entities
            .iter()
            .filter(|e| e.ty == EntityType::Org && e.span != w)
        {
            let body = &f[e.span.start..e.span.end];
            if let Some(i) = body.find(short) {
                let rest = &body[i + short.len()..];
                if rest.starts_with(|c: char| c == '.' || c.is_alphabetic()) {
                    return Speaker::Written(Span::new(e.span.start + i, e.span.end));
                }
            }
        }
    }
    s
}

/// A document noun opening the sentence, after a connective: its end.
fn document_opening(cues: &Cues, f: &str, sp: Span) -> Option<usize> {
    let at = skip_opener(cues, f, sp);
    let rest = &f[at..sp.end];
    cues.of("document")
        .iter()
        .filter(|c| rest.starts_with(c.key.as_str()) && boundary_after(rest, c.key.len()))
        .map(|c| at + c.key.len())
        .max()
}

/// One issuer named twice: the same person, or the same office or body
/// as written ("Thủ tướng" … "Thủ tướng").
fn same_issuer(cx: &Context, a: &Option<Speaker>, b: &Option<Speaker>) -> bool {
    let f = &cx.norm.folded;
    match (a, b) {
        (Some(Speaker::Person(x)), Some(Speaker::Person(y))) => {
            cx.entities[*x].canonical == cx.entities[*y].canonical
        }
        (Some(Speaker::Written(x)), Some(Speaker::Written(y))) => {
            f[x.start..x.end] == f[y.start..y.end]
        }
        _ => false,
    }
}

/// A body or a person named between a document and its verb ("Công điện
/// của Thủ tướng yêu cầu"): the issuer.
fn issuer_named(cx: &Context, between: Span) -> Option<Speaker> {
    cx.within(between)
        .filter(|(_, e)| between.contains(&e.span))
        .find_map(|(i, e)| speaker_of(cx, i, e))
}

/// A PERSON, or a TITLE resolved to its holder, as an issuer.
fn person_or_office(cx: &Context, i: usize, e: &Entity) -> Option<Speaker> {
    match e.ty {
        EntityType::Person => Some(Speaker::Person(i)),
        EntityType::Title => Some(resolve_title(cx, i)),
        _ => None,
    }
}

/// A person, an office or a body (as written) as an issuer.
fn speaker_of(cx: &Context, i: usize, e: &Entity) -> Option<Speaker> {
    match e.ty {
        EntityType::Org => Some(Speaker::Written(e.span)),
        _ => person_or_office(cx, i, e),
    }
}

/// Who issued the document, from an earlier sentence that reports it
/// ("Ban Bí thư ban hành Chỉ thị số 26", "Thủ tướng vừa ký Công điện"):
/// the subject before the issuing verb.
fn issuer_before(cues: &Cues, cx: &Context, si: usize) -> Option<Speaker> {
    let f = &cx.norm.folded;
    for sent in cx.sents[si.saturating_sub(6)..si].iter().rev() {
        let sp = sent.span;
        let text = &f[sp.start..sp.end];
        let verb = cues.of("issue").iter().find_map(|c| {
            text.match_indices(c.key.as_str())
                .map(|(i, _)| sp.start + i)
                .find(|&i| {
                    boundary_before(f, i)
                        && boundary_after(f, i + c.key.len())
                        && document_opening(
                            cues,
                            f,
                            Span::new(skip_spaces(f, i + c.key.len(), sp.end), sp.end),
                        )
                        .is_some()
                })
        });
        let Some(v) = verb else { continue };
        return issuer_named(cx, Span::new(sp.start, v));
    }
    None
}

/// Resolve an office to the person the article ties to it: the person
/// linked to it here, else the holder of the same office named most
/// recently before it, else the first named after it.
fn resolve_title(cx: &Context, t: usize) -> Speaker {
    if let Some(&p) = cx.linked.get(&t) {
        return Speaker::Person(p);
    }
    let title = &cx.entities[t];
    let mut keys = vec![title.canonical.to_lowercase()];
    if !title.role.is_empty() {
        keys.push(format!("role:{}", title.role.to_lowercase()));
    }
    let at = title.span.start;
    let mut best: Option<(bool, usize, usize)> = None;
    // ("Bí thư Thành ủy cũng chỉ đạo …" after "Bí thư Thành ủy TP.HCM Đinh
    // La Thăng": the office named in full before, over the last holder of
    // the role, "Bí thư Quận ủy …".)
    // The last holder named before of an office that starts with this one.
    let prefix = format!("{} ", keys[0]);
    let by_prefix = || {
        cx.holders
            .iter()
            .filter(|(k, _)| k.starts_with(&prefix))
            .filter_map(|(_, list)| {
                let i = list.partition_point(|(s, _)| *s < at);
                (i > 0).then(|| (true, list[i - 1].0, list[i - 1].1))
            })
            .max_by_key(|c| c.1)
    };
    if !title.org.is_empty() {
        best = by_prefix();
    }
    for k in keys {
        let Some(list) = cx.holders.get(&k) else {
            continue;
        };
        let i = list.partition_point(|(s, _)| *s < at);
        let cand = if i > 0 {
            Some((true, list[i - 1].0, list[i - 1].1))
        } else {
            list.first().map(|&(s, p)| (false, s, p))
        };
        // The holder of the very office named before it wins over the last
        // holder of the same role ("Chủ tịch Ủy ban Trung ương MTTQ" is not
        // the provincial chairman named since).
        best = match (best, cand) {
            (None, c) => c,
            (Some(b), _) if b.0 => Some(b),
            (Some(_), Some(c)) if c.0 => Some(c),
            (b, _) => b,
        };
    }
    // "Chủ tịch đề nghị …" after "Chủ tịch nước Nguyễn Minh Triết": a bare
    // role stands for the last office named with it.
    if best.is_none() && title.org.is_empty() {
        best = by_prefix();
    }
    match best {
        Some((_, _, p)) => Speaker::Person(p),
        None => Speaker::Written(title.span),
    }
}

/// "Theo Chủ tịch Quốc hội Nguyễn Thị Kim Ngân, …": the speaker of the sentence.
fn theo_speaker(cues: &Cues, cx: &Context, sp: Span) -> Option<Speaker> {
    let f = &cx.norm.folded;
    // ("Cũng theo Thủ tướng, …": the same.)
    let lead = if f[sp.start..sp.end].starts_with("cũng theo ") {
        "cũng ".len()
    } else {
        0
    };
    let sp = Span::new(sp.start + lead, sp.end);
    let text = &f[sp.start..sp.end];
    if !text.starts_with("theo ") {
        return None;
    }
    // "Theo báo cáo của Bí thư Quận ủy …": figures from a report, not the
    // person's words.
    if starts_with_kind(cues, f, sp.start + "theo ".len(), sp.end, "report-noun") {
        return None;
    }
    let comma = text.find(',')? + sp.start;
    let mut best = None;
    for (i, e) in cx.within(sp) {
        if e.span.start > sp.start && e.span.end <= comma {
            match e.ty {
                EntityType::Person => best = Some(Speaker::Person(i)),
                EntityType::Title if best.is_none() => best = Some(resolve_title(cx, i)),
                _ => {}
            }
        }
    }
    best
}

/// Subjects that are not authorities: "các cán bộ đề xuất", "doanh nghiệp kiến nghị".
fn subordinate_before(cues: &Cues, f: &str, sp: Span, at: usize) -> bool {
    let before = f[sp.start..at].trim_end();
    let ends_subordinate = |before: &str| {
        let words: Vec<&str> = before.split_whitespace().rev().take(4).collect();
        (1..=3).any(|n| {
            if words.len() < n {
                return false;
            }
            let phrase: Vec<&str> = words[..n].iter().rev().copied().collect();
            cues.has(&phrase.join(" "), "subordinate")
        })
    };
    // ("Các ý kiến tại hội nghị đề nghị …": a short place phrase between
    // the subject and its verb.)
    ends_subordinate(before)
        || ["tại", "ở"].iter().any(|p| {
            word_among_last(before, p, 5).is_some_and(|i| ends_subordinate(before[..i].trim_end()))
        })
}

/// Where `word` starts in `text`, when it is one of its last `n` words
/// (read back from the end: this runs for every cue).
fn word_among_last(text: &str, word: &str, n: usize) -> Option<usize> {
    let mut end = text.len();
    for _ in 0..n {
        let start = text[..end].rfind(' ').map_or(0, |i| i + 1);
        if &text[start..end] == word {
            return Some(start);
        }
        if start == 0 {
            return None;
        }
        end = start - 1;
    }
    None
}

fn skip_punct(f: &str, at: usize, hi: usize) -> usize {
    let rest = &f[at..hi];
    at + (rest.len() - rest.trim_start_matches([' ', ',', ':', '-', '"']).len())
}

fn starts_with_kind(cues: &Cues, f: &str, at: usize, hi: usize, kind: &str) -> bool {
    let rest = &f[at..hi];
    cues.of(kind)
        .iter()
        .any(|c| rest.starts_with(c.key.as_str()) && boundary_after(rest, c.key.len()))
}

/// Skip a leading connective ("Trong đó,", "Đồng thời,", "Bên cạnh đó,").
fn skip_opener(cues: &Cues, f: &str, sp: Span) -> usize {
    let at = skip_punct(f, sp.start, sp.end);
    let rest = &f[at..sp.end];
    for c in cues.of("opener") {
        if rest.starts_with(c.key.as_str()) && boundary_after(rest, c.key.len()) {
            return skip_punct(f, at + c.key.len(), sp.end);
        }
    }
    at
}

/// The person, office or body that opens a sentence, after any connective.
fn opening_subject(cues: &Cues, cx: &Context, sp: Span) -> Option<Speaker> {
    let at = skip_opener(cues, &cx.norm.folded, sp);
    let (i, e) = cx.within(sp).find(|(_, e)| e.span.start == at)?;
    match e.ty {
        EntityType::Org => Some(full_body(cx, Speaker::Written(e.span))),
        _ => person_or_office(cx, i, e),
    }
}

/// "Trong năm qua, các đơn vị duy trì …": a sentence opened by a period
/// gone by reports what was done in it.
fn past_period(f: &str, sp: Span) -> bool {
    const PERIODS: [&str; 8] = [
        "năm qua",
        "năm vừa qua",
        "thời gian qua",
        "thời gian vừa qua",
        "những năm qua",
        "nhiệm kỳ qua",
        "tháng qua",
        "những tháng qua",
    ];
    let t = f[sp.start..sp.end].trim_start_matches(|c: char| !c.is_alphanumeric());
    let Some(head) = t.split(',').next().filter(|h| h.len() < t.len()) else {
        return false;
    };
    let head = head.strip_prefix("trong ").unwrap_or(head).trim();
    let head = head.strip_prefix("qua ").unwrap_or(head);
    PERIODS.contains(&head)
}

/// Past results, not guidance: "đã" as the main verb's marker.
fn is_past(f: &str, content: Span) -> bool {
    let t = &f[content.start..content.end];
    let mut from = 0;
    while let Some(i) = t[from..].find("đã") {
        let at = from + i;
        from = at + "đã".len();
        if !boundary_before(t, at) || !boundary_after(t, from) {
            continue;
        }
        let rest = t[from..].trim_start();
        // "đã, đang và sẽ": aspects listed, no past event.
        if t[from..].starts_with(',') || rest.starts_with("đang") || rest.starts_with("và") {
            continue;
        }
        // A time or condition clause ("sau khi Chủ tịch Quốc hội đã quyết
        // định …", "nếu đã …"): the main verb is elsewhere.
        let clause = &t[..at];
        let clause = &clause[clause.rfind([',', ';']).map_or(0, |c| c + 1)..];
        let opened = clause
            .split_whitespace()
            .rev()
            .take(8)
            .any(|w| matches!(w, "khi" | "nếu" | "sau"));
        if opened {
            continue;
        }
        // A relative clause ("kết quả đã đạt được", "mục tiêu đã đề ra").
        if rest.starts_with("đạt được")
            || rest.starts_with("đề ra")
            || rest.starts_with("được giao")
        {
            continue;
        }
        return true;
    }
    false
}

/// "mong muốn Hàn Quốc tăng cường…": the wish names the party asked to act.
fn addressed_party(cues: &Cues, cx: &Context, at: usize, sp: Span) -> bool {
    let f = &cx.norm.folded;
    let start = skip_punct(f, at, sp.end);
    if f[at..start].split(',').count() > 2 {
        return false;
    }
    // "mong muốn dù ở cương vị nào, bà Đại sứ cũng …": a concession first,
    // the party after it.
    if let Some(rest) = f[start..sp.end].strip_prefix("dù ") {
        if let Some(c) = rest.find(", ").filter(|&c| word_count(&rest[..c], 8) <= 7) {
            let after = start + "dù ".len() + c + ", ".len();
            return addressed_party(cues, cx, after, sp);
        }
    }
    // "mong muốn ngày càng nhiều nhà đầu tư Thụy Điển …": actors counted
    // by how many.
    let counted = ["ngày càng nhiều ", "thêm nhiều ", "nhiều hơn nữa "]
        .iter()
        .find_map(|q| f[start..sp.end].strip_prefix(q).map(|_| start + q.len()));
    if let Some(c) = counted {
        return starts_with_kind(cues, f, c, sp.end, "collective");
    }
    // ("mong muốn tân Giám đốc Công an tỉnh …": an office holder, newly
    // installed or not.)
    let holder_at = match f[start..sp.end].strip_prefix("tân ") {
        Some(_) => start + "tân ".len(),
        None => start,
    };
    cx.within(sp).any(|(_, e)| {
        (e.span.start == start && matches!(e.ty, EntityType::Org | EntityType::Loc))
            || (e.span.start == holder_at && e.ty == EntityType::Title)
    })
        || f[start..sp.end].starts_with("hai bên")
        || f[start..sp.end].starts_with("các bộ")
        // "mong muốn ông Đào Mỹ sẽ phát huy …", "bà Đại sứ cũng …": a
        // person named, or an office, after an honorific.
        || (matches!(next_word(f, start, sp.end), "ông" | "bà" | "đồng")
            && cx.within(sp).any(|(_, e)| {
                matches!(e.ty, EntityType::Person | EntityType::Title)
                    && e.span.start > start
                    && word_count(&f[start..e.span.start], 2) <= 2
            }))
        // "mong muốn địa phương quan tâm …": a body named as a class.
        || starts_with_kind(cues, f, start, sp.end, "collective")
        // "mong muốn các đồng chí tiếp tục …": the people spoken to.
        || starts_with_kind(cues, f, start, sp.end, "audience")
        // "mong muốn các Đại sứ … nỗ lực": office holders named as a group.
        || (next_word(f, start, sp.end) == "các"
            && cx.norm.text[start + "các".len()..sp.end]
                .trim_start()
                .starts_with(char::is_uppercase))
}

/// After a request cue: the body asked to act ("đề nghị Văn phòng Trung ương…").
fn addressee_after(cues: &Cues, cx: &Context, at: usize, sp: Span) -> Option<Span> {
    let f = &cx.norm.folded;
    let start = skip_punct(f, at, sp.end);
    if let Some((_, e)) = cx
        .within(sp)
        .filter(|(_, e)| {
            e.span.start == start
                && matches!(e.ty, EntityType::Org | EntityType::Loc | EntityType::Person)
        })
        .max_by_key(|(_, e)| e.span.len())
    {
        return Some(e.span);
    }
    if let Some(end) = collective(cues, f, start, sp.end) {
        return Some(Span::new(start, end));
    }
    // "đề nghị bốn Văn phòng tiếp tục…", "nhấn mạnh, bốn văn phòng cần…":
    // the words up to the first action word.
    let rest = &f[start..sp.end];
    let mut end = start;
    for (n, w) in rest.split(' ').enumerate() {
        if n >= 6 || w.ends_with(',') || cues.has(w, MODAL) || cues.has(w, CONTINUE) || w == "tiếp"
        {
            break;
        }
        end += w.len() + if n == 0 { 0 } else { 1 };
    }
    let cand = f[start..end].trim_end();
    let ok = !cand.is_empty()
        && cand.split(' ').count() <= 5
        && rest[cand.len()..]
            .trim_start()
            .split(' ')
            .next()
            .is_some_and(|w| cues.has(w, MODAL) || w == "tiếp");
    ok.then(|| Span::new(start, start + cand.len()))
}

/// "các bộ, ngành, địa phương", "toàn thể cán bộ, đảng viên": a quantifier
/// and group nouns joined by commas or "và"; the end of the group.
fn collective(cues: &Cues, f: &str, start: usize, hi: usize) -> Option<usize> {
    let longest = |at: usize, kind: &'static str| {
        cues.of(kind)
            .iter()
            .filter(|c| f[at..hi].starts_with(c.key.as_str()))
            .map(|c| at + c.key.len())
            .filter(|&e| boundary_after(f, e))
            .max()
    };
    let mut at = longest(start, "quantifier")?;
    let mut end = None;
    loop {
        let s = skip_spaces(f, at, hi);
        let Some(e) = longest(s, "collective") else {
            break;
        };
        end = Some(e);
        let rest = &f[e..hi];
        at = if let Some(r) = rest.strip_prefix(", ") {
            hi - r.len()
        } else if let Some(r) = rest.strip_prefix(" và ") {
            hi - r.len()
        } else {
            e
        };
        if at == e {
            break;
        }
    }
    end
}

fn skip_spaces(f: &str, at: usize, hi: usize) -> usize {
    at + (f[at..hi].len() - f[at..hi].trim_start_matches(' ').len())
}

/// "…, Văn phòng Trung ương cần bảo đảm…": the subject of the modal.
fn addressee_before_modal(cx: &Context, sp: Span, modal: usize) -> Option<Span> {
    let f = &cx.norm.folded;
    let clause_start = f[sp.start..modal]
        .rfind([',', ':'])
        .map(|i| sp.start + i + 1)
        .unwrap_or(sp.start);
    let s = skip_punct(f, clause_start, modal);
    // ("4- Cơ quan trình nội dung cần …": the item's number is no part of it.)
    let s = match marker_end(f, sp) {
        Some(m) if clause_start == sp.start && m <= modal => m,
        _ => s,
    };
    let cand = f[s..modal].trim_end();
    let n = cand.split_whitespace().count();
    if n == 0 || n > 6 {
        return None;
    }
    // The subject must be a noun phrase: a name, a number or a quantifier,
    // not a verb phrase ("tập trung vào việc").
    if governed_list(cx, sp, s) {
        return None;
    }
    let first = cx.norm.text[s..].chars().next().unwrap_or(' ');
    let quantified = matches!(
        cand.split(' ').next().unwrap_or(""),
        "các" | "mỗi" | "những" | "toàn" | "cả" | "hai" | "ba" | "bốn" | "năm" | "từng"
    );
    (first.is_uppercase() || first.is_ascii_digit() || quantified)
        .then(|| Span::new(s, s + cand.len()))
}

/// "…của Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư phải…": the
/// candidate at `at` ends a list of bodies that a preposition governs, so it
/// is an object, not the subject of the modal.
fn governed_list(cx: &Context, sp: Span, at: usize) -> bool {
    let f = &cx.norm.folded;
    let mut first = at;
    // Walk back over "Body, Body, " to the start of the list.
    loop {
        let before = f[sp.start..first].trim_end();
        let Some(before) = before
            .strip_suffix(',')
            .or_else(|| before.strip_suffix(" và"))
        else {
            break;
        };
        let end = sp.start + before.trim_end().len();
        let Some((_, e)) = cx
            .within(Span::new(sp.start, end))
            .filter(|(_, e)| e.span.end == end && e.ty == EntityType::Org)
            .min_by_key(|(_, e)| e.span.start)
        else {
            break;
        };
        first = e.span.start;
    }
    if first == at {
        return false;
    }
    matches!(
        prev_word(f, sp.start, first),
        "của" | "với" | "cho" | "và" | "trình" | "giữa" | "tới" | "đến" | "từ" | "về"
    )
}

/// In a passage: the body last asked to act is the subject of an action
/// ("Văn phòng phát hiện những mô hình…").
fn addressee_acts(
    cues: &Cues,
    cx: &Context,
    start: usize,
    sp: Span,
    addressee: Option<&str>,
) -> bool {
    let f = &cx.norm.folded;
    let rest = &f[start..sp.end];
    let text = &cx.norm.text;
    let subject_end = if let Some((_, e)) = cx
        .within(sp)
        .filter(|(_, e)| e.span.start == start && e.ty == EntityType::Org)
        .max_by_key(|(_, e)| e.span.len())
    {
        Some(e.span.end)
    } else if let Some(a) = addressee {
        let head: Vec<&str> = a
            .split(' ')
            .filter(|w| !w.chars().all(|c| c.is_ascii_digit()))
            .take(2)
            .collect();
        let head = head.join(" ");
        (!head.is_empty() && rest.contains(&head) && rest.find(&head).is_some_and(|i| i <= 6))
            .then(|| start + rest.find(&head).unwrap_or(0) + head.len())
    } else {
        None
    };
    let Some(mut end) = subject_end else {
        return false;
    };
    // ("Quân chủng Phòng không - Không quân, Binh đoàn 18 kiểm tra …": the
    // bodies asked, listed.)
    while let Some(next_body) = [", ", " và "].iter().find_map(|sep| {
        let at = end + sep.len();
        f[end..].starts_with(sep).then(|| {
            cx.within(sp)
                .filter(|(_, e)| e.span.start == at && e.ty == EntityType::Org)
                .map(|(_, e)| e.span.end)
                .max()
        })?
    }) {
        end = next_body;
    }
    // Skip capitalised words that continue the name ("Văn phòng Trung ương").
    loop {
        let r = &text[end..sp.end];
        let Some(w) = r.strip_prefix(' ') else { break };
        if w.starts_with(char::is_uppercase) {
            end += 1 + w.find(' ').unwrap_or(w.len());
        } else {
            break;
        }
    }
    let next = next_word(f, end, sp.end);
    !next.is_empty()
        && !cues.has(next, "stative")
        && next.chars().next().is_some_and(char::is_alphabetic)
}

/// "Huyện Mù Cang Chải phối hợp với các đơn vị …": a place named by its
/// class acts as its government, an imperative verb right after it.
fn place_acts(cues: &Cues, cx: &Context, start: usize, sp: Span) -> bool {
    let f = &cx.norm.folded;
    const UNITS: [&str; 6] = ["tỉnh ", "thành phố ", "huyện ", "quận ", "thị xã ", "xã "];
    let Some(unit) = UNITS.iter().find(|u| f[start..sp.end].starts_with(*u)) else {
        return false;
    };
    // (The class word stays outside the place's span.)
    let name = start + unit.len();
    cx.within(sp)
        .filter(|(_, e)| e.span.start == name && e.ty == EntityType::Loc)
        .any(|(_, e)| {
            starts_with_kind(
                cues,
                f,
                skip_spaces(f, e.span.end, sp.end),
                sp.end,
                CONTINUE,
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The issuers of the directives the whole pipeline finds in `t`.
    fn speakers_of(t: &str) -> Vec<String> {
        let a = crate::test_pipeline().analyse(t.to_string());
        a.directives
            .iter()
            .map(|d| a.speaker_text(d.speaker.as_ref().unwrap()))
            .collect()
    }

    fn cues() -> &'static Cues {
        &crate::test_pipeline().cues
    }

    /// The sentences the whole pipeline takes as directives in `t`.
    fn directive_texts(t: &str) -> Vec<String> {
        let a = crate::test_pipeline().analyse(t.to_string());
        a.directives
            .iter()
            .map(|d| a.norm.text[d.span.start..d.span.end].to_string())
            .collect()
    }

    #[test]
    fn a_headline_need_with_a_named_sector_gives_the_leads_order() {
        let t = "Ngành Tài chính cần thu nợ đọng 70.000 tỷ đồng tiền thuế\n\nVTV.vn - Thủ tướng Chính phủ đã chỉ đạo, từ nay đến cuối năm, ngành Thuế phải thu hồi nợ đọng.";
        let d = directive_texts(t);
        assert!(d.iter().any(|s| s.starts_with("Ngành Tài chính")), "{d:?}");
    }

    #[test]
    fn a_ministry_directing_in_a_leaders_conclusions_is_the_leaders_task() {
        let s = speakers_of("Kết luận cuộc họp, Thủ tướng Phạm Minh Chính yêu cầu các bộ, ngành bảo đảm đủ xăng dầu cho sản xuất. Về nhập khẩu xăng dầu, Bộ Công Thương chỉ đạo các doanh nghiệp đầu mối chủ động tìm kiếm nguồn cung.");
        assert_eq!(s, ["Phạm Minh Chính", "Phạm Minh Chính"]);
    }

    #[test]
    fn what_a_body_will_do_is_its_plan() {
        let d = directive_texts("Bà Vũ Thu Hà yêu cầu các quận, huyện thành lập Ban Chỉ đạo và xây dựng kế hoạch. Ban Chỉ đạo thành phố sẽ kiểm tra công tác chuẩn bị triển khai ở các địa phương.");
        assert_eq!(d.len(), 1, "{d:?}");
    }

    #[test]
    fn a_headline_restating_the_leads_request_is_its_issuers() {
        let t = "Tạo đột phá trong xây dựng và triển khai chính sách dân tộc\n\nBộ trưởng, Chủ nhiệm Ủy ban Dân tộc Hầu A Lềnh đề nghị các vụ, đơn vị tạo đột phá trong xây dựng và triển khai chính sách dân tộc giai đoạn mới.";
        let a = crate::test_pipeline().analyse(t.to_string());
        let first = a.directives.first().expect("a directive");
        assert_eq!(first.sent, 0);
        assert_eq!(
            a.speaker_text(first.speaker.as_ref().unwrap()),
            "Hầu A Lềnh"
        );
    }

    #[test]
    fn a_count_reported_is_no_directive() {
        let d = directive_texts("Phó Chủ tịch UBND tỉnh Đinh Khắc Đính dự hội nghị. Có 30.415 lượt hộ được thụ hưởng từ các dự án hỗ trợ sản xuất, đầu tư cơ sở hạ tầng và nâng cao năng lực cán bộ cơ sở.");
        assert!(d.is_empty(), "{d:?}");
    }

    #[test]
    fn a_bracketed_gloss_speaks_for_the_body_it_glosses() {
        let s = speakers_of("Ngân hàng Nhà nước (NHNN) vừa ban hành Công văn 1370/NHNN-TD yêu cầu các tổ chức tín dụng khẩn trương triển khai.");
        assert_eq!(s, ["Ngân hàng Nhà nước"]);
    }

    #[test]
    fn our_countrys_name_adds_nothing_to_a_body_as_speaker() {
        let s = speakers_of("Bộ Y tế Việt Nam theo dõi sát dịch Zika. Bộ Y tế đề nghị các cơ sở y tế tăng cường việc giám sát.");
        assert_eq!(s, ["Bộ Y tế"]);
    }

    #[test]
    fn the_name_of_a_meeting_and_a_requirement_posed_ask_nothing() {
        let d = directive_texts("Ngày 21-4, Tỉnh ủy tổ chức Hội nghị quán triệt một số nghị quyết của Bộ Chính trị cho các đồng chí Tỉnh ủy viên.");
        assert!(d.is_empty(), "{d:?}");
        let d = directive_texts("Tổng Bí thư Tô Lâm làm việc với Thành ủy. Yêu cầu đặt ra không chỉ là phát triển nhanh, bền vững, mà quan trọng hơn là chủ động đảm nhận vai trò tiên phong.");
        assert!(d.is_empty(), "{d:?}");
    }

    #[test]
    fn a_promise_and_the_above_mentioned_ask_nothing() {
        let d = directive_texts("Thủ tướng Nguyễn Xuân Phúc tiếp Tổng Giám đốc. Thủ tướng cho biết sẽ lắng nghe các kiến nghị đề xuất và chỉ đạo, tạo điều kiện cho hai cơ quan làm tốt nhiệm vụ.");
        assert!(d.is_empty(), "{d:?}");
        let d = directive_texts("Phó Thủ tướng Vũ Đức Đam nói về lễ hội. Bên cạnh mặt tích cực nói trên, lễ hội năm nay thu hút đông du khách.");
        assert!(d.is_empty(), "{d:?}");
    }

    #[test]
    fn an_agents_passive_describes_a_noun() {
        let s = speakers_of("Ủy ban Thường vụ Quốc hội đề nghị Chính phủ quản lý chặt chẽ các khoản viện trợ. Bên cạnh đó, cần rút kinh nghiệm trong việc chậm phân bổ dự toán đã được Quốc hội giao, chậm báo cáo Quốc hội.");
        assert_eq!(
            s,
            ["Ủy ban Thường vụ Quốc hội", "Ủy ban Thường vụ Quốc hội"]
        );
    }

    #[test]
    fn members_views_with_a_place_phrase_ask_nothing() {
        let d = directive_texts("Chủ tịch UBMTTQ Việt Nam Trần Thanh Mẫn đề nghị mặt trận các cấp phải đổi mới. Các ý kiến tại hội nghị đề nghị mặt trận cần chọn những vấn đề trọng tâm để triển khai thực hiện.");
        assert!(d.iter().all(|s| !s.starts_with("Các ý kiến")), "{d:?}");
    }

    #[test]
    fn a_subject_and_its_report_verb_alone_are_no_directive() {
        let t = "Thủ tướng Nguyễn Tấn Dũng yêu cầu các bộ phải bảo vệ tốt hơn quyền lợi người lao động.\n\n- Thủ tướng nhấn mạnh..";
        let d = directive_texts(t);
        assert_eq!(d.len(), 1, "{d:?}");
        // What was said before the comma is still the leader's.
        let d = directive_texts("Bộ trưởng chủ trì cuộc họp. Các nhiệm vụ nêu trên phải được triển khai thực hiện ngay và báo cáo kết quả trong tháng 5, Bộ trưởng nhấn mạnh.");
        assert!(d.iter().any(|s| s.starts_with("Các nhiệm vụ")), "{d:?}");
    }

    #[test]
    fn an_addressee_label_is_no_list_item() {
        let t = "UBND huyện Ân Thi đề nghị các xã thực hiện các nội dung sau:\n\n- Ủy ban nhân dân xã:\n\n+ Tăng cường công tác tuyên truyền, vận động nhân dân chấp hành.";
        let d = directive_texts(t);
        assert!(!d.iter().any(|s| s == "- Ủy ban nhân dân xã:"), "{d:?}");
        assert!(d.iter().any(|s| s.starts_with("+ Tăng cường")), "{d:?}");
    }

    /// `nominal` for the first occurrence of `cue` in `text` (lower-case).
    fn nominal_at(text: &str, cue: &str) -> bool {
        let s = text.find(cue).unwrap();
        nominal(cues(), text, Span::new(0, text.len()), s, s + cue.len())
    }

    #[test]
    fn cues_used_as_nouns() {
        assert!(nominal_at(
            "tiếp thu các kiến nghị của văn phòng",
            "kiến nghị"
        ));
        assert!(nominal_at("theo đề nghị của bộ nội vụ", "đề nghị"));
        // Nouns listed after "sự", by a comma or "và".
        assert!(nominal_at(
            "cảm ơn sự quan tâm, chỉ đạo sát sao của bộ trưởng",
            "chỉ đạo"
        ));
        assert!(nominal_at(
            "cảm ơn sự quan tâm, tin tưởng và chỉ đạo sát sao của bộ trưởng",
            "chỉ đạo"
        ));
        assert!(!nominal_at(
            "bộ trưởng ghi nhận sự nỗ lực và chỉ đạo các đơn vị khẩn trương",
            "chỉ đạo"
        ));
        assert!(!nominal_at(
            "tổng bí thư đề nghị văn phòng trung ương",
            "đề nghị"
        ));
    }

    #[test]
    fn past_results_are_told_apart_from_guidance() {
        let past = "văn phòng đã có nhiều nỗ lực";
        assert!(is_past(past, Span::new(0, past.len())));
        // "đã đề ra" qualifies a noun: the clause itself is still guidance.
        let goal = "cần hoàn thành các mục tiêu đã đề ra";
        assert!(!is_past(goal, Span::new(0, goal.len())));
        // "đãi ngộ" merely starts with "đã".
        let word = "cần có chính sách đãi ngộ";
        assert!(!is_past(word, Span::new(0, word.len())));
    }

    #[test]
    fn words_around_a_position() {
        let f = "đồng chí nhấn mạnh, văn phòng cần";
        let at = f.find("văn").unwrap();
        assert_eq!(prev_word(f, 0, at), "mạnh,");
        assert_eq!(next_word(f, at, f.len()), "văn");
        assert_eq!(skip_punct(f, f.find(',').unwrap(), f.len()), at);
    }

    #[test]
    fn openers_are_skipped() {
        let f = "trong đó, tập trung vào việc rà soát";
        assert_eq!(
            skip_opener(cues(), f, Span::new(0, f.len())),
            f.find("tập").unwrap()
        );
        let g = "tập trung vào việc rà soát";
        assert_eq!(skip_opener(cues(), g, Span::new(0, g.len())), 0);
    }

    #[test]
    fn a_title_alone_resolves_to_its_holder_in_the_article() {
        let a = crate::test_pipeline().analyse(
            "Thủ tướng Phạm Minh Chính chủ trì cuộc họp.\nThủ tướng yêu cầu các bộ khẩn trương hoàn thiện hồ sơ."
                .to_string(),
        );
        assert_eq!(a.directives.len(), 1);
        let d = &a.directives[0];
        assert_eq!(
            a.speaker_text(d.speaker.as_ref().unwrap()),
            "Phạm Minh Chính"
        );
        assert_eq!(a.written(d.addressee.unwrap()), "các bộ");
    }

    /// The speaker of the one directive in `text`.
    fn speaker(text: &str) -> String {
        let a = crate::test_pipeline().analyse(text.to_string());
        assert_eq!(a.directives.len(), 1, "{text}");
        a.speaker_text(a.directives[0].speaker.as_ref().unwrap())
    }

    #[test]
    fn a_body_opening_its_own_clause_is_the_subject() {
        assert_eq!(
            speaker("Theo thông báo kết luận mà Tổng Thư ký Quốc hội Bùi Văn Cường vừa ban hành, Ủy ban Thường vụ Quốc hội yêu cầu các bộ, ngành xử lý nghiêm các vi phạm."),
            "Ủy ban Thường vụ Quốc hội"
        );
        // A list of bodies the person speaks for is no clause of its own.
        assert_eq!(
            speaker("Tổng Bí thư Tô Lâm thay mặt Bộ Chính trị, Ban Bí thư đề nghị các cấp ủy tập trung lãnh đạo."),
            "Tô Lâm"
        );
    }

    #[test]
    fn bodies_listed_as_one_subject_speak_together() {
        assert_eq!(
            speaker("Bộ Chính trị, Ban Bí thư yêu cầu các cấp ủy, tổ chức đảng tiếp tục quán triệt, thực hiện nghiêm túc Chỉ thị số 45."),
            "Bộ Chính trị, Ban Bí thư"
        );
    }

    #[test]
    fn a_headline_stating_an_obligation_is_the_body_s_order() {
        let a = crate::test_pipeline().analyse(
            "Cao tốc Bắc - Nam không được phép chậm tiến độ\n\nBộ trưởng Bộ Giao thông vận tải Nguyễn Văn Thắng yêu cầu các nhà thầu đẩy nhanh tiến độ dự án."
                .to_string(),
        );
        assert_eq!(a.directives.len(), 2, "{:?}", a.directives);
        assert_eq!(a.directives[0].span.start, 0);
        assert_eq!(
            a.speaker_text(a.directives[0].speaker.as_ref().unwrap()),
            "Nguyễn Văn Thắng"
        );
    }

    #[test]
    fn groups_asked_to_act() {
        fn group(f: &str) -> Option<&str> {
            collective(cues(), f, 0, f.len()).map(|e| &f[..e])
        }
        assert_eq!(
            group("các bộ, ngành, địa phương khẩn trương"),
            Some("các bộ, ngành, địa phương")
        );
        assert_eq!(
            group("toàn thể cán bộ, đảng viên và nhân dân"),
            Some("toàn thể cán bộ, đảng viên")
        );
        assert_eq!(
            group("các sở, ban, ngành liên quan"),
            Some("các sở, ban, ngành")
        );
        assert_eq!(group("các giải pháp cấp bách"), None);
        assert_eq!(group("bộ, ngành"), None);
    }

    #[test]
    fn a_document_of_its_owner_signed_by_another_is_the_owners() {
        assert_eq!(
            speaker("Ngày 3.8, Phó thủ tướng Trịnh Đình Dũng đã ký công điện của Thủ tướng chỉ đạo tập trung ứng phó, khắc phục hậu quả mưa lũ."),
            "Thủ tướng"
        );
        // A body directing its services in the dispatch's passage does as
        // the dispatch tasks it; a body that assigns speaks for itself.
        let who = speakers_of("Ngày 3.8, Phó thủ tướng Trịnh Đình Dũng đã ký công điện của Thủ tướng chỉ đạo tập trung ứng phó, khắc phục hậu quả mưa lũ. Thủ tướng lưu ý tỉnh Thanh Hóa tiếp tục rà soát các khu dân cư. Bộ TN-MT chỉ đạo cơ quan dự báo khí tượng thủy văn tiếp tục theo dõi chặt chẽ diễn biến mưa lũ.");
        assert_eq!(who, ["Thủ tướng", "Thủ tướng", "Thủ tướng"]);
        let who = speakers_of("Ngày 10.2, Văn phòng UBND tỉnh thông báo kết luận của Phó Chủ tịch UBND tỉnh Trần Văn Tân yêu cầu Sở Y tế tập trung triển khai quyết liệt. UBND tỉnh giao Sở Y tế phải triển khai máy đo thân nhiệt từ xa.");
        assert_eq!(who.len(), 2);
        assert_eq!(who[1], "UBND tỉnh");
    }

    #[test]
    fn what_a_speech_cue_says_asks_no_one() {
        // "khẳng định: Quốc hội …" names what was said, not whom it asked:
        // the Assembly asking next is not carrying out a request.
        let who = speakers_of("Chủ tịch Quốc hội Nguyễn Sinh Hùng khẳng định: Quốc hội đánh giá cao nỗ lực của Chính phủ, đồng thời đề nghị các ngành phối hợp giải quyết kiến nghị.\n\nĐể ổn định kinh tế vĩ mô, Quốc hội đề nghị cần phải xem xét thận trọng vấn đề này.");
        assert_eq!(who.len(), 2);
        assert_eq!(who[1], "Quốc hội");
    }

    #[test]
    fn an_unnamed_leader_of_a_body_is_the_leader_named() {
        let who = speakers_of("Phó thủ tướng Mai Văn Chính yêu cầu UBND tỉnh Quảng Ninh khẩn trương xử lý hậu quả vụ cháy. Đáng chú ý, lãnh đạo Chính phủ yêu cầu kiểm tra, rà soát điều kiện an toàn của toàn bộ đội tàu du lịch.");
        assert_eq!(who.len(), 2);
        assert_eq!(who[1], "Mai Văn Chính");
        // No leader named: the body as written.
        assert_eq!(
            speaker("Lãnh đạo UBND tỉnh yêu cầu các sở khẩn trương rà soát."),
            "UBND tỉnh"
        );
    }

    #[test]
    fn requests_sent_up_and_requests_as_topics_are_none() {
        let a = crate::test_pipeline().analyse("Phó Chủ tịch UBND tỉnh Nguyễn Thế Phước chủ trì buổi tiếp công dân. Công dân đề nghị các cơ quan chức năng, lãnh đạo tỉnh làm rõ nội dung liên quan đến công tác thu hồi đất.".to_string());
        assert!(a.directives.is_empty(), "{:?}", a.directives);
        let a = crate::test_pipeline().analyse("Bộ trưởng Trương Minh Tuấn cho biết, cuộc tấn công diễn ra lúc 16h. Trước đó, VNCERT đã phát đi cảnh báo về yêu cầu kiểm tra và xử lý sự cố mã độc khẩn cấp.".to_string());
        assert!(a.directives.is_empty(), "{:?}", a.directives);
    }
    #[test]
    fn a_line_set_apart_with_an_issuer_and_a_request_is_a_directive() {
        let a = crate::test_pipeline().analyse("Bộ Nông nghiệp ra công điện khẩn\n\nBộ Nông nghiệp và Phát triển nông thôn vừa có Công điện gửi UBND các tỉnh đề nghị tăng cường các biện pháp phòng cháy chữa cháy rừng.\n\nNguy cơ cháy rừng rất cao, Bộ Nông nghiệp yêu cầu tăng cường các biện pháp phòng chống\n\nThời gian vừa qua, cháy rừng đã xảy ra tại một số địa phương.\n\nKiên quyết không để dân bị thiếu đói\n\nĐồng chí Bí thư Tỉnh ủy chỉ đạo tại buổi giao ban sáng 09/11/2018\n\nCác địa phương đã báo cáo tình hình.".to_string());
        let heads: Vec<usize> = (0..a.sentences.len())
            .filter(|&i| a.sentences[i].section == Section::Heading)
            .collect();
        assert_eq!(heads.len(), 3, "{:?}", a.sentences);
        let dirs: Vec<usize> = a.directives.iter().map(|d| d.sent).collect();
        // The issuer's request set apart is one; a topic and the occasion
        // of a direction are not.
        assert_eq!(dirs, [1, heads[0]], "{:?}", a.directives);
        assert_eq!(
            a.speaker_text(a.directives[1].speaker.as_ref().unwrap()),
            "Bộ Nông nghiệp và Phát triển nông thôn"
        );
    }
    #[test]
    fn an_authority_advising_the_public_asks_it_to_act() {
        assert_eq!(
            speaker(
                "UBND TP.Hà Nội khuyến cáo người dân không sử dụng nguồn nước này để nấu ăn, uống."
            ),
            "UBND TP.Hà Nội"
        );
        for t in [
            "Theo khuyến cáo của các chuyên gia, người dân nên hạn chế ra ngoài.",
            "Các chuyên gia khuyến cáo người dân hạn chế ra ngoài vào buổi trưa.",
        ] {
            let a = crate::test_pipeline().analyse(t.to_string());
            assert!(a.directives.is_empty(), "{t}: {:?}", a.directives);
        }
    }
    #[test]
    fn a_host_s_wishes_ask_the_guests_and_a_guest_s_ask_no_one() {
        let a = crate::test_pipeline().analyse("Chủ tịch nước Trần Đại Quang tiếp các Đại sứ trình quốc thư. Chủ tịch nước mong muốn ngày càng nhiều nhà đầu tư Thụy Điển đầu tư kinh doanh ở Việt Nam. Chủ tịch nước mong muốn dù ở cương vị nào, bà Đại sứ cũng đóng góp xây dựng quan hệ hai nước. Chúc mừng thành công của năm APEC 2017, Đại sứ mong muốn Việt Nam chia sẻ kinh nghiệm cho việc đăng cai APEC 2019.".to_string());
        let dirs: Vec<usize> = a.directives.iter().map(|d| d.sent).collect();
        assert_eq!(dirs, [1, 2], "{:?}", a.directives);
    }
    #[test]
    fn responsibility_laid_down_in_guidance_is_a_directive() {
        let a = crate::test_pipeline().analyse("UBND TP Hà Nội yêu cầu các quận, huyện tăng cường phòng, chống dịch sốt xuất huyết. Trong đó, Chủ tịch UBND các quận, huyện chịu trách nhiệm toàn diện về công tác phòng, chống dịch trên địa bàn.".to_string());
        assert_eq!(a.directives.len(), 2, "{:?}", a.directives);
        let a = crate::test_pipeline()
            .analyse("Công ty chịu trách nhiệm về chất lượng sản phẩm của mình.".to_string());
        assert!(a.directives.is_empty(), "{:?}", a.directives);
    }
    #[test]
    fn a_period_gone_by_reports_what_was_done() {
        let a = crate::test_pipeline().analyse("Phó Chủ tịch UBND tỉnh Trần Kim Hùng yêu cầu các đơn vị tăng cường tuần tra bảo vệ biên giới. Trong năm qua, các đơn vị duy trì nghiêm các hoạt động tuần tra kiểm soát.".to_string());
        assert_eq!(a.directives.len(), 1, "{:?}", a.directives);
        let t = "trong năm qua, tỉnh làm tốt";
        assert!(past_period(t, Span::new(0, t.len())));
        let t = "thời gian tới, các đơn vị cần";
        assert!(!past_period(t, Span::new(0, t.len())));
    }
    #[test]
    fn a_modal_right_after_a_comma_names_no_body() {
        // (Once a panic: the subject's span ended before it began.)
        let t = "Về hoạt động chất vấn, Chủ tịch Quốc hội cho rằng, đây là phiên chất vấn có chất lượng, được dư luận đánh giá cao, cần sớm tổng hợp, báo cáo để gửi các đại biểu Quốc hội.";
        let a = crate::test_pipeline().analyse(t.to_string());
        assert_eq!(a.sentences.len(), 1);
        let cx = Context::new(&a.norm, &a.sentences, &a.entities, &a.links);
        let f = &a.norm.folded;
        let at = f.find("cho rằng").unwrap() + "cho rằng".len();
        let hits = find_cues(cues(), f, &a.norm.text, a.sentences[0].span);
        assert!(!body_must(cues(), &cx, &hits, at, a.sentences[0].span));
    }
    #[test]
    fn members_views_in_a_debate_ask_nothing_and_a_later_reminder_does() {
        let a = crate::test_pipeline().analyse("Góp ý vào dự thảo, nhiều ý kiến cho rằng dự án Luật chưa làm rõ nội hàm, đề nghị Chính phủ tiếp thu, cân nhắc các ý kiến để hoàn thiện dự thảo.".to_string());
        assert!(a.directives.is_empty(), "{:?}", a.directives);
        let a = crate::test_pipeline().analyse("Tổng Bí thư Nguyễn Phú Trọng ghi nhận và trân trọng tiếp thu các ý kiến của cử tri và nhắc nhở cán bộ chính quyền các cấp, việc gì đã hứa thì phải làm.".to_string());
        assert_eq!(a.directives.len(), 1, "{:?}", a.directives);
    }
    #[test]
    fn a_city_s_body_written_short_is_the_body_named_in_full() {
        let a = crate::test_pipeline().analyse("Tin từ Văn phòng UBND TPHCM, UBND TP yêu cầu các quận khẩn trương giải quyết hồ sơ tồn đọng.".to_string());
        assert_eq!(a.directives.len(), 1, "{:?}", a.directives);
        assert_eq!(
            a.speaker_text(a.directives[0].speaker.as_ref().unwrap()),
            "UBND TPHCM"
        );
    }
    #[test]
    fn an_office_named_short_is_its_holder_named_in_full() {
        let a = crate::test_pipeline().analyse("Bí thư Thành ủy TP.HCM Đinh La Thăng làm việc với quận 1. Ông Huỳnh Thanh Hải, Bí thư Quận ủy quận 1, báo cáo một số vướng mắc. Về việc cho thuê vỉa hè, Bí thư Thành ủy cũng chỉ đạo phải ngưng việc cho thuê này.".to_string());
        let d = a.directives.last().expect("a directive");
        assert_eq!(a.speaker_text(d.speaker.as_ref().unwrap()), "Đinh La Thăng");
    }
    #[test]
    fn a_body_s_full_name_counts_when_it_adds_the_place() {
        let a = crate::test_pipeline().analyse("Ban Bí thư Trung ương Đảng vừa ban hành Chỉ thị về Tết. Ban Bí thư yêu cầu các cấp ủy tổ chức Tết vui tươi, an toàn.".to_string());
        let d = a.directives.last().expect("a directive");
        assert_eq!(a.speaker_text(d.speaker.as_ref().unwrap()), "Ban Bí thư");
    }
}
