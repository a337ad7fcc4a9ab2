//! Normalization with an alignment back to the original text.
//!
//! `Normalized::new` turns the text as read into `text` (NFC, one tone-mark
//! convention, unified whitespace, quotes and dashes, whitespace runs
//! collapsed) and `folded` (a lower-case copy with exactly the same byte
//! layout as `text`). Every byte position of `text` maps back to a byte
//! position of the original, so spans found on the normalized text are
//! reported against the file as it was read.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// A byte range into some text, end exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// A set of spans answering "does anything overlap this span?" in
/// O(log n), whatever their nesting.
#[derive(Debug, Default, Clone)]
pub struct Cover {
    starts: Vec<usize>,
    /// Running maximum of the ends, in start order.
    max_end: Vec<usize>,
}

impl Cover {
    pub fn new(spans: impl IntoIterator<Item = Span>) -> Cover {
        let mut v: Vec<Span> = spans.into_iter().collect();
        v.sort();
        let mut max_end = Vec::with_capacity(v.len());
        let mut m = 0;
        for s in &v {
            m = m.max(s.end);
            max_end.push(m);
        }
        Cover {
            starts: v.iter().map(|s| s.start).collect(),
            max_end,
        }
    }

    pub fn overlaps(&self, sp: &Span) -> bool {
        let i = self.starts.partition_point(|&s| s < sp.end);
        i > 0 && self.max_end[i - 1] > sp.start
    }
}

/// Normalized text plus its alignment to the original.
#[derive(Debug, Clone)]
pub struct Normalized {
    /// NFC, tone marks in one convention, whitespace and punctuation unified.
    pub text: String,
    /// Lower-cased `text`; byte offsets are interchangeable with `text`'s.
    pub folded: String,
    /// The alignment, as runs: where each run of `text` starts, in `text`
    /// and in the original. Empty when `text` is the original unchanged.
    segs: Vec<Seg>,
    /// Length of the original, for the end of the text.
    orig_len: u32,
}

/// A run of normalized text: copied byte for byte from the original
/// (`copy`), or one character that normalization changed, standing for the
/// original bytes `orig..orig_end`.
#[derive(Debug, Clone, Copy)]
struct Seg {
    norm: u32,
    orig: u32,
    orig_end: u32,
    copy: bool,
}

struct Builder<'a> {
    original: &'a str,
    text: String,
    folded: String,
    segs: Vec<Seg>,
    /// Scratch for `clean_fold`: where the capitals of a line are.
    capitals: Vec<(usize, char)>,
}

impl Builder<'_> {
    fn push(&mut self, u: Unit) {
        let at = self.text.len() as u32;
        // Collapse runs of spaces into the first one, which then stands for
        // the whole run.
        if u.c == ' ' && self.text.ends_with(' ') {
            let last = self.segs.last_mut().expect("a space was written");
            if !last.copy && last.norm == at - 1 {
                last.orig_end = u.to;
            } else {
                let orig = last.orig + (at - 1 - last.norm);
                self.segs.push(Seg {
                    norm: at - 1,
                    orig,
                    orig_end: u.to,
                    copy: false,
                });
            }
            return;
        }
        self.text.push(u.c);
        self.folded.push(fold_char(u.c));
        let n = u.c.len_utf8() as u32;
        // Unchanged and contiguous with a copied run: the run grows.
        let same = u.to - u.from == n && self.original[u.from as usize..].starts_with(u.c);
        if same {
            if let Some(last) = self.segs.last() {
                if last.copy && last.orig + (at - last.norm) == u.from {
                    return;
                }
            }
        }
        self.segs.push(Seg {
            norm: at,
            orig: u.from,
            orig_end: u.to,
            copy: same,
        });
    }

    /// Copy `line`, the original from byte `base`, as it is, when
    /// normalization would leave it so; else write nothing and say so.
    fn copy_if_clean(&mut self, line: &str, base: u32) -> bool {
        let folded_len = self.folded.len();
        if !clean_fold(line, &mut self.folded, &mut self.capitals) {
            self.folded.truncate(folded_len);
            return false;
        }
        let at = self.text.len() as u32;
        let contiguous = self
            .segs
            .last()
            .is_some_and(|l| l.copy && l.orig + (at - l.norm) == base);
        if !contiguous {
            self.segs.push(Seg {
                norm: at,
                orig: base,
                orig_end: base,
                copy: true,
            });
        }
        self.text.push_str(line);
        true
    }

    fn flush(&mut self, syllable: &mut Vec<Unit>) {
        tone_normalize(syllable);
        for u in syllable.drain(..) {
            self.push(u);
        }
    }
}

/// One normalized character and the original byte range it came from.
#[derive(Clone, Copy)]
struct Unit {
    c: char,
    from: u32,
    to: u32,
}

impl Normalized {
    pub fn new(original: &str) -> Normalized {
        let mut b = Builder {
            original,
            text: String::with_capacity(original.len()),
            folded: String::with_capacity(original.len()),
            segs: Vec::new(),
            capitals: Vec::new(),
        };
        // Letters gather into a syllable, which is tone-normalized and
        // written when it ends; everything else is written at once.
        // Line by line: a clean line (most are) is copied as one run, and
        // only the others go character by character. Lines end after '\n',
        // so no syllable, space run or CRLF spans two of them.
        let mut syllable: Vec<Unit> = Vec::with_capacity(16);
        let mut base = 0u32;
        for line in original.split_inclusive('\n') {
            if b.copy_if_clean(line, base) {
                base += line.len() as u32;
                continue;
            }
            // A line with something to change (a curly quote, a no-break
            // space: most lines of news have one) is taken word by word, so
            // that only the words with a change go character by character.
            // Words end after a space, so no syllable spans two of them; a
            // word opening with a space after one already written would be
            // a run to collapse, and goes the slow way.
            for word in line.split_inclusive(' ') {
                let joins_space = word.starts_with(' ') && b.text.ends_with(' ');
                if joins_space || !b.copy_if_clean(word, base) {
                    for_each_unit(word, base, |u| {
                        if is_letter(u.c) {
                            syllable.push(u);
                        } else {
                            b.flush(&mut syllable);
                            b.push(u);
                        }
                    });
                    b.flush(&mut syllable);
                }
                base += word.len() as u32;
            }
        }
        debug_assert_eq!(b.text.len(), b.folded.len());
        let folded = b.folded;
        let mut segs = b.segs;
        // Every line was clean: one copied run from the start, which is no
        // alignment at all. (Checked line by line, not once for the whole
        // text first, so that no text is scanned twice.)
        if let [only] = segs[..] {
            if only.copy && only.norm == 0 && only.orig == 0 && b.text.len() == original.len() {
                segs.clear();
                return Normalized {
                    text: b.text,
                    folded,
                    segs,
                    orig_len: original.len() as u32,
                };
            }
        }
        if segs.is_empty() {
            // Everything was dropped: one empty run keeps lookups defined.
            segs.push(Seg {
                norm: 0,
                orig: 0,
                orig_end: 0,
                copy: true,
            });
        }
        Normalized {
            text: b.text,
            folded,
            segs,
            orig_len: original.len() as u32,
        }
    }

    /// Original offset where the character starting at `p` begins.
    fn start_at(&self, p: usize) -> usize {
        let p = p as u32;
        if p as usize >= self.text.len() {
            return self.orig_len as usize;
        }
        let i = self.segs.partition_point(|s| s.norm <= p).max(1) - 1;
        let s = self.segs[i];
        (if s.copy {
            s.orig + (p - s.norm)
        } else {
            s.orig
        }) as usize
    }

    /// Original offset where the character ending at `p` ends.
    fn end_at(&self, p: usize) -> usize {
        let p = p as u32;
        if p == 0 {
            return 0;
        }
        let i = self.segs.partition_point(|s| s.norm < p).max(1) - 1;
        let s = self.segs[i];
        (if s.copy {
            s.orig + (p - s.norm)
        } else {
            s.orig_end
        }) as usize
    }

    /// Map a span of `text` (byte offsets on char boundaries) to the original.
    pub fn to_original(&self, span: Span) -> Span {
        if self.segs.is_empty() {
            // Clean text: normalization changed nothing.
            return span;
        }
        if span.is_empty() {
            let p = self.start_at(span.start);
            return Span::new(p, p);
        }
        Span::new(self.start_at(span.start), self.end_at(span.end))
    }
}

/// `char::is_alphabetic`, with the Latin ranges Vietnamese uses answered
/// without a table lookup (this runs on every character).
#[inline]
pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    match c {
        '\u{D7}' | '\u{F7}' => false,
        '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}' => true,
        _ => c.is_alphabetic(),
    }
}

/// Whether the character at byte `i` of `s` (a char boundary) is a word
/// character, and its length in bytes. ASCII and the Vietnamese letters are
/// told from their leading bytes without decoding (this runs on every
/// character of every sentence).
#[inline(always)]
pub fn word_char_at(s: &str, i: usize) -> (bool, usize) {
    let b = s.as_bytes();
    match b[i] {
        lead @ 0..=0x7F => (lead.is_ascii_alphanumeric(), 1),
        // U+0100..U+023F: Latin Extended-A and -B, all letters.
        0xC4..=0xC8 => (true, 2),
        // U+00C0..U+00FF: letters but × and ÷.
        0xC3 => (!matches!(b[i + 1], 0x97 | 0xB7), 2),
        // U+1E00..U+1EFF: Latin Extended Additional, the Vietnamese block.
        0xE1 if matches!(b[i + 1], 0xB8..=0xBB) => (true, 3),
        _ => other_word_char_at(s, i),
    }
}

#[inline(never)]
fn other_word_char_at(s: &str, i: usize) -> (bool, usize) {
    let c = s[i..].chars().next().unwrap_or(' ');
    (is_word_char(c), c.len_utf8())
}

/// `char::is_alphanumeric` with the same fast path.
#[inline]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    is_letter(c) || c.is_numeric()
}

/// Lower-case `c` when that gives one character of the same UTF-8 length, so
/// that `folded` keeps `text`'s byte layout (true for every Vietnamese letter).
pub fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    // Vietnamese capitals without a table search: Latin-1 À–Þ, the
    // Vietnamese block Ạ–Ỹ (capitals at even code points), and Ă Đ Ĩ Ũ Ơ Ư.
    let u = c as u32;
    match u {
        0xC0..=0xDE if u != 0xD7 => return char::from_u32(u + 0x20).unwrap_or(c),
        0xE0..=0xFF => return c,
        0x1EA0..=0x1EF9 => return char::from_u32(u | 1).unwrap_or(c),
        0x102 | 0x110 | 0x128 | 0x168 | 0x1A0 | 0x1AF => {
            return char::from_u32(if u == 0x1AF { 0x1B0 } else { u + 1 }).unwrap_or(c)
        }
        0x103 | 0x111 | 0x129 | 0x169 | 0x1A1 | 0x1B0 => return c,
        _ => {}
    }
    let mut low = c.to_lowercase();
    match (low.next(), low.next()) {
        (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
        _ => c,
    }
}

/// Normalize a short string the way document text is normalized, then fold
/// it: the key under which dictionary surfaces are matched.
pub fn match_key(s: &str) -> String {
    Normalized::new(s.trim()).folded
}

/// Walk the original as normalized units: NFC per cluster, whitespace and
/// punctuation variants unified, invisible characters dropped.
fn for_each_unit(original: &str, base: u32, mut emit: impl FnMut(Unit)) {
    let mut chars = original.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        // Gather a base character with the combining marks that follow it.
        let mut j = i + c.len_utf8();
        let mut has_marks = false;
        while let Some(&(k, m)) = chars.peek() {
            if m as u32 >= 0x300 && is_combining_mark(m) {
                has_marks = true;
                j = k + m.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        let (from, to) = (base + i as u32, base + j as u32);
        if has_marks {
            for nc in original[i..j].nfc() {
                if let Some(m) = map_char(nc, None) {
                    emit(Unit { c: m, from, to });
                }
            }
        } else if let Some(m) = map_char(c, chars.peek().map(|&(_, n)| n)) {
            emit(Unit { c: m, from, to });
        }
    }
}

/// The normalized form of one character; `None` drops it.
#[inline]
fn map_char(c: char, next: Option<char>) -> Option<char> {
    if c.is_ascii() && !c.is_ascii_control() {
        return Some(c);
    }
    Some(match c {
        '\n' => '\n',
        // CRLF: the '\n' stands for both; a lone CR is a line break.
        '\r' if next == Some('\n') => return None,
        '\r' | '\u{2028}' | '\u{2029}' | '\u{85}' => '\n',
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}' => return None,
        '\t'
        | '\u{A0}'
        | '\u{2000}'..='\u{200A}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}'
        | '\u{B}'
        | '\u{C}' => ' ',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{AB}' | '\u{BB}' => '"',
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' => '\'',
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        // The Icelandic eth looks like Đ and is typed for it ("Ðảng").
        '\u{D0}' => '\u{110}',
        '\u{F0}' => '\u{111}',
        c if c.is_control() => ' ',
        c => c,
    })
}

// Vowels a tone mark can sit on, by tone: none, grave, hook, tilde, acute, dot.
const TONED: [&str; 10] = [
    "aàảãáạ",
    "eèẻẽéẹ",
    "yỳỷỹýỵ",
    "oòỏõóọ",
    "uùủũúụ",
    "AÀẢÃÁẠ",
    "EÈẺẼÉẸ",
    "YỲỶỸÝỴ",
    "OÒỎÕÓỌ",
    "UÙỦŨÚỤ",
];

/// Row and tone of each toned vowel, by code point: Latin-1 and Latin
/// Extended-A (`0..0x180`) and the Vietnamese block (`0x1EA0..0x1F00`),
/// where all of them lie. `u8::MAX` is no vowel; else `row * 6 + tone`.
/// A direct lookup, as this runs on every syllable.
struct ToneTable {
    low: [u8; 0x180],
    viet: [u8; 0x60],
}

fn tone_table() -> &'static ToneTable {
    static T: std::sync::OnceLock<ToneTable> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let mut t = ToneTable {
            low: [u8::MAX; 0x180],
            viet: [u8::MAX; 0x60],
        };
        for (row, s) in TONED.iter().enumerate() {
            for (tone, c) in s.chars().enumerate() {
                let v = (row * 6 + tone) as u8;
                match c as usize {
                    u @ 0..0x180 => t.low[u] = v,
                    u @ 0x1EA0..0x1F00 => t.viet[u - 0x1EA0] = v,
                    _ => unreachable!("every toned vowel is in the two ranges"),
                }
            }
        }
        t
    })
}

fn tone_of(c: char) -> Option<(usize, usize)> {
    let t = tone_table();
    let v = match c as usize {
        u @ 0..0x180 => t.low[u],
        u @ 0x1EA0..0x1F00 => t.viet[u - 0x1EA0],
        _ => u8::MAX,
    };
    (v != u8::MAX).then_some((v as usize / 6, v as usize % 6))
}

fn with_tone(row: usize, tone: usize) -> char {
    TONED[row].chars().nth(tone).unwrap_or('?')
}

/// One convention for open syllables ending in "oa", "oe", "uy": the tone
/// mark sits on the first vowel ("hòa", "khỏe", "thủy", "ủy"), whichever way
/// the writer placed it. Character count never changes.
fn tone_normalize(units: &mut [Unit]) {
    let n = units.len();
    if n < 2 {
        return;
    }
    let before = (n >= 3).then(|| units[n - 3].c);
    if let Some((a, b)) = retoned(before, units[n - 2].c, units[n - 1].c) {
        units[n - 2].c = a;
        units[n - 1].c = b;
    }
}

/// The last two letters of a syllable with the tone mark moved, when the
/// writer placed it the other way ("hoà" → "hòa"); `before` is the letter
/// before them ("quý" keeps its mark).
fn retoned(before: Option<char>, a: char, b: char) -> Option<(char, char)> {
    if a.is_ascii() && b.is_ascii() {
        return None;
    }
    let ((ra, ta), (rb, tb)) = (tone_of(a)?, tone_of(b)?);
    let pair = (ra % 5, rb % 5);
    let qu = pair == (4, 2) && matches!(before, Some('q' | 'Q'));
    (matches!(pair, (3, 0) | (3, 1) | (4, 2)) && ta == 0 && tb != 0 && !qu)
        .then(|| (with_tone(ra, tb), with_tone(rb, 0)))
}

/// True when normalization would leave `original` as it is: NFC, no
/// whitespace or punctuation variants, no doubled spaces, every tone mark
/// already in place. Most lines are; they skip the alignment tables.
#[cfg(test)]
fn is_clean(original: &str) -> bool {
    clean_fold(original, &mut String::new(), &mut Vec::new())
}

/// `is_clean`, appending the folded `original` to `out` on the way, so that
/// a clean line is read once. When the line is not clean, what was
/// appended is to be dropped.
fn clean_fold(original: &str, out: &mut String, capitals: &mut Vec<(usize, char)>) -> bool {
    let bytes = original.as_bytes();
    let at = out.len();
    capitals.clear();
    // The line goes in whole and is folded in place: ASCII at once, and the
    // few other capitals (a name's first letter) one by one, each by a
    // small letter of its length.
    out.push_str(original);
    out[at..].make_ascii_lowercase();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // ASCII, most of the text: no control but the line break, no
        // doubled space.
        if b < 0x80 {
            if (b < 0x20 && b != b'\n') || b == 0x7F || (b == b' ' && i > 0 && bytes[i - 1] == b' ')
            {
                return false;
            }
            i += 1;
            continue;
        }
        // The Vietnamese letters, decoded from their bytes: U+00C0..U+01BF
        // (but × ÷ Ð ð) and U+1E00..U+1EFF. Every toned vowel is among
        // them.
        let b1 = bytes.get(i + 1).copied().unwrap_or(0);
        let letter = match (b, b1) {
            (0xC3, 0x90 | 0xB0 | 0x97 | 0xB7) => None,
            (0xC3..=0xC6, _) => Some((((b as u32 & 0x1F) << 6) | (b1 as u32 & 0x3F), 2)),
            (0xE1, 0xB8..=0xBB) => {
                let b2 = bytes.get(i + 2).copied().unwrap_or(0) as u32;
                Some((
                    ((b as u32 & 0x0F) << 12) | ((b1 as u32 & 0x3F) << 6) | (b2 & 0x3F),
                    3,
                ))
            }
            _ => None,
        };
        let (c, n) = match letter {
            Some((u, n)) => (char::from_u32(u).unwrap_or(' '), n),
            None => {
                let c = original[i..].chars().next().unwrap_or(' ');
                (c, c.len_utf8())
            }
        };
        let low = fold_char(c);
        if low != c {
            capitals.push((at + i, low));
        }
        if letter.is_some() {
            // A tone mark to move sits on the syllable's last letter,
            // after a bare "o" or "u" ("hoà", "thuý").
            if i > 0 && matches!(bytes[i - 1], b'o' | b'O' | b'u' | b'U') {
                let before = (i > 1).then(|| bytes[i - 2] as char);
                let ends = original[i + n..]
                    .chars()
                    .next()
                    .is_none_or(|c| !is_letter(c));
                if ends && retoned(before, bytes[i - 1] as char, c).is_some() {
                    return false;
                }
            }
            i += n;
            continue;
        }
        i += n;
        let u = c as u32;
        if is_letter(c) {
            if matches!(c, '\u{D0}' | '\u{F0}') {
                return false;
            }
        } else if map_char(c, None) != Some(c) || (u >= 0x300 && is_combining_mark(c)) {
            return false;
        }
        // Only characters outside Latin and the precomposed Vietnamese
        // block can fail NFC. (One that might is left to the slow path,
        // which leaves it as it is: the text is the same either way.)
        if !(u < 0x300 || (0x1E00..0x1F00).contains(&u))
            && unicode_normalization::is_nfc_quick(std::iter::once(c))
                != unicode_normalization::IsNormalized::Yes
        {
            return false;
        }
    }
    let mut buf = [0u8; 4];
    for &(p, low) in capitals.iter() {
        let low = low.encode_utf8(&mut buf);
        out.replace_range(p..p + low.len(), low);
    }
    true
}

/// Code-point positions for byte offsets of one text, for reporting spans.
/// Checkpoints every 64 bytes keep lookups cheap and memory small.
pub struct CpIndex<'a> {
    text: &'a str,
    checkpoints: Vec<u32>,
}

const STRIDE: usize = 64;

impl<'a> CpIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut checkpoints = Vec::with_capacity(text.len() / STRIDE + 1);
        let bytes = text.as_bytes();
        let mut count = 0u32;
        for block in bytes.chunks(STRIDE) {
            checkpoints.push(count);
            count += bytecount::num_chars(block) as u32;
        }
        CpIndex { text, checkpoints }
    }

    /// Code points before byte offset `byte` (a char boundary).
    pub fn cp(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        let block = byte / STRIDE;
        if block >= self.checkpoints.len() {
            return self.text[..byte].chars().count();
        }
        let base = self.checkpoints[block] as usize;
        let from = block * STRIDE;
        base + bytecount::num_chars(&self.text.as_bytes()[from..byte])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> String {
        Normalized::new(s).text
    }

    #[test]
    fn word_char_at_agrees_with_is_word_char() {
        let s = "aZ9 ,.Àà×÷ĂđƠưȺɏɐ\u{1E00}ạỹ\u{1EFF}\u{1F00}中٣'\u{2019}-\u{300}é\u{301}😀";
        let mut i = 0;
        while i < s.len() {
            let c = s[i..].chars().next().unwrap();
            assert_eq!(word_char_at(s, i), (is_word_char(c), c.len_utf8()), "{c:?}");
            i += c.len_utf8();
        }
    }

    #[test]
    fn folded_is_text_folded_char_by_char() {
        for s in [
            "ĐẢNG ỦY Ơn Ưu ẮT ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ ĂĐĨŨƠƯ ƀƁƂ Ḁḁ ẞ",
            "Quốc hội «Hòa» — “Tô Lâm” ΣΑΣ Москва ÐẢNG İstanbul Ǆ",
            "x × ÷ y\u{A0}z  2024 µ ª º",
        ] {
            let n = Normalized::new(s);
            let by_char: String = n.text.chars().map(fold_char).collect();
            assert_eq!(n.folded, by_char, "{s:?}");
        }
    }

    #[test]
    fn tone_placement_is_unified() {
        assert_eq!(norm("hoà"), "hòa");
        assert_eq!(norm("hòa"), "hòa");
        assert_eq!(norm("Thuý Khoẻ uỷ"), "Thúy Khỏe ủy");
        assert_eq!(norm("quý"), "quý");
        assert_eq!(norm("hoàng thuyết"), "hoàng thuyết");
        assert_eq!(norm("HOÀ"), "HÒA");
    }

    #[test]
    fn clean_text_takes_the_fast_path() {
        for clean in [
            "Chủ tịch Quốc hội hòa giải.\nĐồng chí Tô Lâm",
            "quý khỏe",
            "",
        ] {
            assert!(is_clean(clean), "{clean:?}");
            let n = Normalized::new(clean);
            assert_eq!(n.text, clean);
            assert_eq!(
                n.to_original(Span::new(0, clean.len())),
                Span::new(0, clean.len())
            );
        }
        for dirty in [
            "hoà",
            "Thuý",
            "a  b",
            "a\r\nb",
            "a\u{a0}b",
            "\u{201c}x\u{201d}",
            "\u{D0}ảng",
            "e\u{301}",
            "a – b",
        ] {
            assert!(!is_clean(dirty), "{dirty:?}");
        }
    }

    #[test]
    fn clean_and_dirty_lines_mix_with_exact_offsets() {
        // Clean lines are copied as runs; the dirty one goes char by char.
        let s = "Dòng sạch.\nHoà  bình \u{201c}Tô Lâm\u{201d}\nDòng sạch nữa.";
        let n = Normalized::new(s);
        assert_eq!(n.text, "Dòng sạch.\nHòa bình \"Tô Lâm\"\nDòng sạch nữa.");
        for word in ["Dòng", "sạch.", "bình", "Tô Lâm", "nữa."] {
            let i = n.text.rfind(word).unwrap();
            let o = n.to_original(Span::new(i, i + word.len()));
            assert_eq!(&s[o.start..o.end], word, "{word}");
        }
        let i = n.text.find("Hòa bình").unwrap();
        let o = n.to_original(Span::new(i, i + "Hòa bình".len()));
        assert_eq!(&s[o.start..o.end], "Hoà  bình");
        let q = n.text.find('"').unwrap();
        let o = n.to_original(Span::new(q, n.text.rfind('"').unwrap() + 1));
        assert_eq!(&s[o.start..o.end], "\u{201c}Tô Lâm\u{201d}");
    }

    #[test]
    fn nfd_becomes_nfc_with_alignment() {
        let nfd: String = "Nguyễn Phú Trọng".nfd().collect();
        let n = Normalized::new(&nfd);
        assert_eq!(n.text, "Nguyễn Phú Trọng");
        let i = n.text.find("Phú").unwrap();
        let o = n.to_original(Span::new(i, i + "Phú".len()));
        let orig: String = nfd[o.start..o.end].nfc().collect();
        assert_eq!(orig, "Phú");
    }

    #[test]
    fn whitespace_and_punctuation_variants() {
        let s = "Hà\u{A0}\u{A0}Nội\r\n“Quốc\u{AD}hội” – \u{200B}x\tthe";
        let n = Normalized::new(s);
        assert_eq!(n.text, "Hà Nội\n\"Quốchội\" - x the");
        let i = n.text.find("Quốchội").unwrap();
        let o = n.to_original(Span::new(i, i + "Quốchội".len()));
        assert_eq!(&s[o.start..o.end], "Quốc\u{AD}hội");
        let i = n.text.find("Nội").unwrap();
        let o = n.to_original(Span::new(0, i + "Nội".len()));
        assert_eq!(&s[o.start..o.end], "Hà\u{A0}\u{A0}Nội");
    }

    #[test]
    fn fast_folding_agrees_with_unicode() {
        for c in ('\u{C0}'..='\u{24F}').chain('\u{1E00}'..='\u{1EFF}') {
            let mut low = c.to_lowercase();
            let want = match (low.next(), low.next()) {
                (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
                _ => c,
            };
            assert_eq!(fold_char(c), want, "{c:?}");
        }
    }

    #[test]
    fn folding_keeps_layout() {
        let n = Normalized::new("ĐẢNG Ủy Đ");
        assert_eq!(n.folded, "đảng ủy đ");
        assert_eq!(n.folded.len(), n.text.len());
    }

    #[test]
    fn cp_index_counts_code_points() {
        let s = "Đồng chí 😀 ".repeat(100);
        let idx = CpIndex::new(&s);
        for (b, _) in s.char_indices() {
            assert_eq!(idx.cp(b), s[..b].chars().count());
        }
        assert_eq!(idx.cp(s.len()), s.chars().count());
    }
}
