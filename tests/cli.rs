//! The binary on the real seed articles and on bad input.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn chidao(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_chidao"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("run chidao")
}

fn extract(inputs: &[&Path], out: &Path, extra: &[&str]) -> Output {
    let mut args: Vec<String> = vec![
        "extract".into(),
        "-q".into(),
        "-o".into(),
        out.display().to_string(),
    ];
    args.extend(inputs.iter().map(|p| p.display().to_string()));
    args.extend(extra.iter().map(|s| s.to_string()));
    let a: Vec<&str> = args.iter().map(String::as_str).collect();
    chidao(&a)
}

fn rows(path: &Path) -> Vec<csv::StringRecord> {
    let mut r = csv::Reader::from_path(path).unwrap();
    r.records().map(|x| x.unwrap()).collect()
}

fn header(path: &Path) -> String {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .next()
        .unwrap()
        .to_string()
}

fn seed_text(doc_id: &str) -> Vec<char> {
    std::fs::read_to_string(root().join("seeds").join(doc_id))
        .unwrap()
        .chars()
        .collect()
}

#[test]
fn seeds_end_to_end() {
    let dir = tempfile::tempdir().unwrap();
    let o = extract(&[&root().join("seeds")], dir.path(), &[]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let p = |f: &str| dir.path().join(f);
    assert_eq!(
        header(&p("documents.csv")),
        "doc_id,path,status,chars,sentences,entities,directives,title,date"
    );
    assert_eq!(
        header(&p("sentences.csv")),
        "doc_id,sent_id,start,end,section,directive,text"
    );
    assert_eq!(
        header(&p("entities.csv")),
        "doc_id,sent_id,start,end,type,text,canonical,source"
    );
    assert!(header(&p("relations.csv"))
        .starts_with("doc_id,sent_id,person,title,canonical_title,org,person_start,title_start"));
    assert_eq!(
        header(&p("directives.csv")),
        "doc_id,sent_id,start,end,speaker,speaker_title,cue,addressee,score,text"
    );
    let docs = rows(&p("documents.csv"));
    assert_eq!(docs.len(), 5);
    assert!(docs.iter().all(|d| &d[2] == "ok"));

    // Every span slices the original file to the text reported.
    let ents = rows(&p("entities.csv"));
    for e in &ents {
        let t = seed_text(&e[0]);
        let (s, en): (usize, usize) = (e[2].parse().unwrap(), e[3].parse().unwrap());
        assert_eq!(
            t[s..en].iter().collect::<String>(),
            e[5].to_string(),
            "{e:?}"
        );
    }
    for s in rows(&p("sentences.csv")) {
        let t = seed_text(&s[0]);
        let (a, b): (usize, usize) = (s[2].parse().unwrap(), s[3].parse().unwrap());
        assert_eq!(t[a..b].iter().collect::<String>(), s[6].to_string());
    }
    let has = |doc: &str, ty: &str, text: &str| {
        ents.iter()
            .any(|e| e[0].starts_with(doc) && &e[4] == ty && &e[5] == text)
    };
    assert!(has("003", "PERSON", "Nguyễn Thị Kim Ngân"));
    assert!(has("003", "TITLE", "Chủ tịch Quốc hội"));
    assert!(has("003", "ORG", "Văn phòng Chính phủ"));
    assert!(has("000", "TITLE", "Chánh Văn phòng T.Ư"));
    assert!(has("000", "ORG", "Văn phòng T.Ư"));
    assert!(has("000", "DATE", "14/05/2021"));

    let dirs = rows(&p("directives.csv"));
    for d in &docs {
        assert!(
            dirs.iter().any(|x| x[0] == d[0] && !x[4].is_empty()),
            "{} has no directive with a speaker",
            &d[0]
        );
    }
    assert!(dirs
        .iter()
        .any(|x| x[0].starts_with("003") && &x[4] == "Nguyễn Thị Kim Ngân"));
    let first = dirs.iter().find(|x| x[0].starts_with("003")).unwrap();
    let t = seed_text(&first[0]);
    let (a, b): (usize, usize) = (first[2].parse().unwrap(), first[3].parse().unwrap());
    assert!(t[a..b]
        .iter()
        .collect::<String>()
        .starts_with("(kontumtv.vn) – Chủ tịch Quốc hội Nguyễn Thị Kim Ngân đề nghị"));

    let rels = rows(&p("relations.csv"));
    assert!(rels.iter().any(|r| r[0].starts_with("003")
        && &r[2] == "Mai Tiến Dũng"
        && &r[3] == "Chủ nhiệm Văn phòng Chính phủ"));
    assert!(rels.iter().any(|r| r[0].starts_with("000")
        && &r[2] == "Trần Quốc Vượng"
        && &r[3] == "Chánh Văn phòng T.Ư"));

    // Seed 000 repeats its lead; seed 002 ends with a related-articles list.
    let sents = rows(&p("sentences.csv"));
    assert!(sents
        .iter()
        .any(|s| s[0].starts_with("000") && &s[4] == "duplicate"));
    assert!(sents.iter().any(|s| s[0].starts_with("002")
        && &s[4] == "boilerplate"
        && s[6].starts_with("Tin cùng chuyên mục")));
    assert!(dirs.iter().all(|d| {
        let s = sents.iter().find(|s| s[0] == d[0] && s[1] == d[1]).unwrap();
        &s[4] == "body" || &s[4] == "title"
    }));
}

#[test]
fn output_is_identical_for_any_thread_count() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    let seeds = root().join("seeds");
    assert!(extract(&[&seeds], a.path(), &["--threads", "1"])
        .status
        .success());
    assert!(extract(&[&seeds], b.path(), &["--threads", "4"])
        .status
        .success());
    for f in [
        "documents.csv",
        "sentences.csv",
        "entities.csv",
        "relations.csv",
        "directives.csv",
        "people.csv",
    ] {
        assert_eq!(
            std::fs::read(a.path().join(f)).unwrap(),
            std::fs::read(b.path().join(f)).unwrap(),
            "{f}"
        );
    }
}

#[test]
fn bad_input_is_reported_and_the_batch_goes_on() {
    let input = tempfile::tempdir().unwrap();
    let w = |name: &str, bytes: &[u8]| std::fs::write(input.path().join(name), bytes).unwrap();
    w(
        "a_good.txt",
        "Thủ tướng Phạm Minh Chính yêu cầu các bộ khẩn trương hoàn thành.".as_bytes(),
    );
    w("b_invalid.txt", b"Ha\xff\xfeNoi");
    w("c_binary.txt", b"\x00\x01\x02abc");
    w("d_empty.txt", b"");
    w("e_bom.txt", "\u{feff}Hà Nội".as_bytes());
    let mut u16 = vec![0xFF, 0xFE];
    for c in "Hà Nội".encode_utf16() {
        u16.extend_from_slice(&c.to_le_bytes());
    }
    w("f_utf16.txt", &u16);
    w("g_crlf.txt", "Dòng một.\r\nDòng hai.\r\n".as_bytes());
    let nfd: String =
        unicode_normalization::UnicodeNormalization::nfd("Nguyễn Phú Trọng phát biểu tại Hà Nội.")
            .collect();
    w("h_nfd.txt", nfd.as_bytes());
    w("i_cp1258.txt", b"Ha\xcc N\xf4\xf2i");
    w("notes.md", b"not an article");
    #[cfg(unix)]
    std::os::unix::fs::symlink(input.path(), input.path().join("loop")).unwrap();

    let out = tempfile::tempdir().unwrap();
    let o = extract(&[input.path()], out.path(), &[]);
    assert_eq!(o.status.code(), Some(1), "some files failed: exit 1");
    let docs = rows(&out.path().join("documents.csv"));
    let status = |id: &str| {
        docs.iter()
            .find(|d| &d[0] == id)
            .map(|d| d[2].to_string())
            .unwrap_or_else(|| panic!("{id} missing from documents.csv: {docs:?}"))
    };
    assert_eq!(status("a_good.txt"), "ok");
    assert!(status("b_invalid.txt").contains("invalid UTF-8 at byte offset 2"));
    assert!(status("c_binary.txt").contains("NUL byte"));
    assert_eq!(status("d_empty.txt"), "ok");
    assert_eq!(status("e_bom.txt"), "ok");
    assert_eq!(status("f_utf16.txt"), "ok");
    assert_eq!(status("g_crlf.txt"), "ok");
    assert_eq!(status("h_nfd.txt"), "ok");
    assert!(docs.iter().all(|d| !d[0].ends_with(".md")));
    #[cfg(unix)]
    assert!(docs.iter().any(|d| d[2].contains("link loop")), "{docs:?}");
    // Offsets in the BOM file exclude the BOM; the NFD file's PERSON slices the original.
    let ents = rows(&out.path().join("entities.csv"));
    let e = ents
        .iter()
        .find(|e| &e[0] == "e_bom.txt" && &e[4] == "LOC")
        .expect("LOC in BOM file");
    assert_eq!((&e[2], &e[3]), ("0", "6"));
    let p = ents
        .iter()
        .find(|e| &e[0] == "h_nfd.txt" && &e[4] == "PERSON")
        .expect("PERSON in NFD file");
    let nfd_chars: Vec<char> = nfd.chars().collect();
    let (s, en): (usize, usize) = (p[2].parse().unwrap(), p[3].parse().unwrap());
    assert_eq!(
        nfd_chars[s..en].iter().collect::<String>(),
        p[5].to_string()
    );
    let sents = rows(&out.path().join("sentences.csv"));
    assert_eq!(sents.iter().filter(|s| &s[0] == "g_crlf.txt").count(), 2);

    // The same bad file decodes with --lossy; the code page with --encoding.
    let lossy = tempfile::tempdir().unwrap();
    let o = extract(
        &[&input.path().join("b_invalid.txt")],
        lossy.path(),
        &["--lossy"],
    );
    assert_eq!(o.status.code(), Some(0));
    let cp = tempfile::tempdir().unwrap();
    let o = extract(
        &[&input.path().join("i_cp1258.txt")],
        cp.path(),
        &["--encoding", "windows-1258"],
    );
    assert_eq!(o.status.code(), Some(0));
    let ents = rows(&cp.path().join("entities.csv"));
    assert!(
        ents.iter().any(|e| &e[4] == "LOC" && &e[6] == "Hà Nội"),
        "{ents:?}"
    );
}

#[test]
fn usage_and_setup_errors() {
    let empty = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let o = extract(&[empty.path()], out.path(), &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no *.txt files found"));
    let o = chidao(&["extract", "--no-such-flag"]);
    assert_eq!(o.status.code(), Some(2));
    let o = chidao(&["extract", "/no/such/folder"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("/no/such/folder"));
    // An output "folder" that is a file cannot be written.
    let file = out.path().join("file");
    std::fs::write(&file, "x").unwrap();
    let o = extract(&[&root().join("seeds")], &file, &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("output folder"));
}

#[test]
fn stdin_mode_keeps_ids_and_order() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_chidao"))
        .args(["extract", "--stdin"])
        .current_dir(root())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let input = "{\"id\": \"b\", \"text\": \"Tổng Bí thư Tô Lâm đề nghị các bộ khẩn trương triển khai.\"}\nnot json\n{\"id\": 7, \"text\": \"Hà Nội\"}\n";
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let o = child.wait_with_output().unwrap();
    let lines: Vec<serde_json::Value> = String::from_utf8(o.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["doc_id"], "b");
    assert_eq!(lines[0]["directives"][0]["speaker"], "Tô Lâm");
    assert!(lines[1]["status"]
        .as_str()
        .unwrap()
        .starts_with("error: invalid JSON"));
    assert_eq!(lines[2]["doc_id"], "7");
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn excel_mode_writes_bom_and_safe_cells() {
    let out = tempfile::tempdir().unwrap();
    let o = extract(&[&root().join("seeds")], out.path(), &["--excel"]);
    assert!(o.status.success());
    let bytes = std::fs::read(out.path().join("sentences.csv")).unwrap();
    assert!(bytes.starts_with("\u{feff}doc_id".as_bytes()));
    let text = String::from_utf8(bytes).unwrap();
    assert!(
        text.contains(",'- Khai mạc"),
        "list items starting with '-' are quoted"
    );
}

#[test]
fn dictionaries_check_clean() {
    let o = chidao(&["dict", "check"]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert!(out.contains(" 0 problems"));
}

#[test]
fn gold_copies_match_shared() {
    let shared = root().join("../shared");
    if !shared.is_dir() {
        return;
    }
    assert_eq!(
        std::fs::read(shared.join("gold/seeds.jsonl")).unwrap(),
        std::fs::read(root().join("tests/gold/seeds.jsonl")).unwrap()
    );
    for f in std::fs::read_dir(shared.join("seeds")).unwrap() {
        let f = f.unwrap().path();
        assert_eq!(
            std::fs::read(&f).unwrap(),
            std::fs::read(root().join("seeds").join(f.file_name().unwrap())).unwrap()
        );
    }
}

/// Slow in a debug build: CI runs it with `cargo test --release -- --ignored`.
#[test]
#[ignore]
fn huge_inputs_are_processed_in_bounded_memory() {
    let dir = tempfile::tempdir().unwrap();
    let seed = std::fs::read_to_string(root().join("seeds/004_ce77e5b7ff3e2bce.txt")).unwrap();
    // A 10 MB single line, and a 100 MB file of real paragraphs.
    let line = seed.replace('\n', " ");
    let one_line: String = line.repeat(10_000_000 / line.len() + 1);
    std::fs::write(dir.path().join("one_line.txt"), &one_line).unwrap();
    let mut big =
        std::io::BufWriter::new(std::fs::File::create(dir.path().join("big.txt")).unwrap());
    let mut written = 0;
    while written < 100_000_000 {
        std::io::Write::write_all(&mut big, seed.as_bytes()).unwrap();
        written += seed.len();
    }
    drop(big);
    let out = tempfile::tempdir().unwrap();
    let o = extract(&[dir.path()], out.path(), &[]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let docs = rows(&out.path().join("documents.csv"));
    assert_eq!(docs.len(), 2);
    let big_row = docs.iter().find(|d| &d[0] == "big.txt").unwrap();
    assert_eq!(&big_row[2], "ok");
    assert!(
        big_row[4].parse::<usize>().unwrap() > 100_000,
        "sentences: {}",
        &big_row[4]
    );
}

#[test]
fn training_is_reproducible_and_its_file_loads() {
    // The same gold gives the same model file, and the file is a
    // dictionary `dict check` accepts alongside the shipped ones.
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.tsv"), dir.path().join("b.tsv"));
    for f in [&a, &b] {
        let o = chidao(&[
            "train",
            "--gold",
            "tests/gold/seeds.jsonl",
            "tests/gold/dev.jsonl",
            "-o",
            &f.display().to_string(),
        ]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    let text = std::fs::read_to_string(&a).unwrap();
    assert_eq!(text, std::fs::read_to_string(&b).unwrap());
    assert!(
        text.contains("feature\tweight\n@threshold\t0.9\n"),
        "{}",
        &text[..400]
    );
    assert!(text.lines().filter(|l| l.starts_with("u=")).count() > 100);
    let o = chidao(&["dict", "check", "--dict", &a.display().to_string()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}
