//! The `chidao` command: parses flags, loads dictionaries once, runs the
//! library and reports. Exit status: 0 all files processed, 1 some failed,
//! 2 usage or setup errors.

use anyhow::{bail, Context, Result};
use chidao::batch::{self, Summary};
use chidao::eval::{self, PredDoc};
use chidao::input::{self, DecodeOptions, Encoding};
use chidao::model;
use chidao::output::{DocOutput, Format, Writer};
use chidao::Pipeline;
use clap::{Parser, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

// Many small allocations per document: a faster allocator pays.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "chidao",
    version,
    about = "People, offices, agencies and directives in Vietnamese political news"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Args, Clone)]
struct DictArgs {
    /// Folder of dictionary files (default: ./dictionaries).
    #[arg(long, value_name = "DIR")]
    dictionaries: Option<PathBuf>,
    /// An extra dictionary file in the same format (repeatable).
    #[arg(long = "dict", value_name = "FILE")]
    dict: Vec<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Analyse files or folders of articles and write CSV (or JSON Lines).
    Extract {
        /// Files, or folders walked recursively for *.txt.
        #[arg(required_unless_present = "stdin")]
        inputs: Vec<PathBuf>,
        /// Output folder.
        #[arg(short, long, default_value = "output")]
        output: PathBuf,
        /// Worker threads (default: all cores).
        #[arg(long)]
        threads: Option<usize>,
        #[arg(long, value_enum, default_value = "csv")]
        format: OutFormat,
        /// UTF-8 BOM and formula-safe cells, for Excel.
        #[arg(long)]
        excel: bool,
        /// File endings to take from folders (repeatable).
        #[arg(long = "ext", default_value = "txt")]
        ext: Vec<String>,
        /// Replace invalid UTF-8 instead of reporting the file as an error.
        #[arg(long)]
        lossy: bool,
        #[arg(long, value_enum, default_value = "auto")]
        encoding: Enc,
        /// Read JSON Lines {"id", "text"} on stdin, write one JSON object per
        /// document on stdout, in input order (a mapper for Hadoop/Spark).
        #[arg(long)]
        stdin: bool,
        /// No progress bar and no summary line.
        #[arg(short, long)]
        quiet: bool,
        #[command(flatten)]
        dicts: DictArgs,
    },
    /// Score the pipeline (or CSVs written earlier) against labelled data.
    Eval {
        /// Gold file: JSON Lines (see docs/annotation.md) or CoNLL/BIO.
        #[arg(long)]
        gold: PathBuf,
        /// Score the CSVs in this folder instead of running the pipeline.
        #[arg(long)]
        pred: Option<PathBuf>,
        #[arg(long, value_enum, default_value = "jsonl")]
        format: GoldFormat,
        /// Map a CoNLL tag to a type, e.g. --map MISC=ORG (repeatable).
        #[arg(long = "map", value_name = "TAG=TYPE")]
        map: Vec<String>,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
        /// Write every false positive and false negative to this CSV.
        #[arg(long, value_name = "FILE")]
        errors: Option<PathBuf>,
        #[command(flatten)]
        dicts: DictArgs,
    },
    /// Train the directive sentence model on labelled data and write it as
    /// a dictionary file (dictionaries/directive_model.tsv).
    Train {
        /// Gold JSON Lines files.
        #[arg(long, required = true, num_args = 1..)]
        gold: Vec<PathBuf>,
        /// Where to write the model.
        #[arg(short, long, default_value = "dictionaries/directive_model.tsv")]
        out: PathBuf,
        /// Probability above which a sentence the rules left out is taken.
        #[arg(long, default_value_t = 0.9)]
        threshold: f32,
        #[arg(long, default_value_t = 15)]
        epochs: usize,
        /// L2 penalty per step: higher gives smaller, less confident weights.
        #[arg(long, default_value_t = 3e-3)]
        l2: f32,
        #[command(flatten)]
        dicts: DictArgs,
    },
    /// Dictionary tools.
    Dict {
        #[command(subcommand)]
        what: DictCommand,
    },
}

#[derive(Subcommand)]
enum DictCommand {
    /// Check the dictionary files: format, NFC, conflicting types, aliases.
    Check {
        #[command(flatten)]
        dicts: DictArgs,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum OutFormat {
    Csv,
    Jsonl,
}

#[derive(Clone, Copy, ValueEnum)]
enum Enc {
    Auto,
    #[value(name = "windows-1258")]
    Windows1258,
}

#[derive(Clone, Copy, ValueEnum)]
enum GoldFormat {
    Jsonl,
    Conll,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("chidao: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn load(d: &DictArgs) -> Result<Pipeline> {
    let dir = d
        .dictionaries
        .clone()
        .unwrap_or_else(chidao::default_dictionaries);
    Pipeline::load(&dir, &d.dict)
        .with_context(|| format!("loading dictionaries from {}", dir.display()))
}

fn run(cli: Cli) -> Result<u8> {
    match cli.command {
        Command::Extract {
            inputs,
            output,
            threads,
            format,
            excel,
            ext,
            lossy,
            encoding,
            stdin,
            quiet,
            dicts,
        } => {
            if let Some(n) = threads {
                rayon::ThreadPoolBuilder::new()
                    .num_threads(n.max(1))
                    .build_global()
                    .context("setting up threads")?;
            }
            let t0 = Instant::now();
            let pipeline = load(&dicts)?;
            let load_ms = t0.elapsed().as_secs_f64() * 1e3;
            let opts = DecodeOptions {
                encoding: match encoding {
                    Enc::Auto => Encoding::Auto,
                    Enc::Windows1258 => Encoding::Windows1258,
                },
                lossy,
            };
            if stdin {
                return stdin_mode(&pipeline);
            }
            extract(
                &pipeline, &inputs, &output, format, excel, &ext, opts, quiet, load_ms,
            )
        }
        Command::Train {
            gold,
            out,
            threshold,
            epochs,
            l2,
            dicts,
        } => {
            let p = load(&dicts)?;
            let mut docs = Vec::new();
            for g in &gold {
                docs.extend(eval::read_jsonl(g)?);
            }
            let run = model::train_on_gold(&p, &docs, epochs, l2);
            let names: Vec<String> = gold.iter().map(|g| g.display().to_string()).collect();
            let comment = format!(
                "Directive sentence model: logistic regression over a sentence's words and\n\
                 word pairs (src/model.rs), written by `chidao train`; do not edit by hand.\n\
                 Trained on {} articles, {} sentences ({} directives), {} epochs, L2 {}, from:\n{}",
                run.articles,
                run.sentences,
                run.directives,
                epochs,
                l2,
                names.join(" ")
            );
            std::fs::write(&out, model::to_tsv(&run.trained, threshold, &comment))
                .with_context(|| format!("cannot write {}", out.display()))?;
            eprintln!(
                "{}: {} articles, {} sentences, {} directives",
                out.display(),
                run.articles,
                run.sentences,
                run.directives
            );
            Ok(0)
        }
        Command::Eval {
            gold,
            pred,
            format,
            map,
            json,
            errors,
            dicts,
        } => {
            let mut tags = BTreeMap::new();
            for m in &map {
                let (a, b) = m.split_once('=').context("--map takes TAG=TYPE")?;
                tags.insert(a.to_string(), b.to_string());
            }
            let docs = match format {
                GoldFormat::Jsonl => eval::read_jsonl(&gold)?,
                GoldFormat::Conll => eval::read_conll(&gold, &tags)?,
            };
            let preds: Vec<PredDoc> = match &pred {
                Some(dir) => read_pred(dir, &docs)?,
                None => {
                    let p = load(&dicts)?;
                    docs.par_iter()
                        .map(|g| {
                            PredDoc::from_output(&batch::analyse_text(
                                &p,
                                &g.id,
                                &g.id,
                                g.text.clone(),
                            ))
                        })
                        .collect()
                }
            };
            let mut rows = Vec::new();
            let report = eval::score(&docs, &preds, &mut rows);
            if json {
                println!("{}", serde_json::to_string_pretty(&report)?);
            } else {
                print!("{}", eval::render(&report));
            }
            if let Some(path) = errors {
                eval::write_errors(&path, &docs, &rows)?;
            }
            Ok(0)
        }
        Command::Dict {
            what: DictCommand::Check { dicts },
        } => {
            let t0 = Instant::now();
            let p = load(&dicts)?;
            let ms = t0.elapsed().as_secs_f64() * 1e3;
            for w in &p.dict.warnings {
                println!("{w}");
            }
            println!(
                "{} entries, {} surnames, {} cues, {} problems; loaded and compiled in {:.1} ms; automaton {:.1} MB",
                p.dict.entries.len(),
                p.dict.surnames.len(),
                p.dict.cues.len(),
                p.dict.warnings.len(),
                ms,
                p.dict.automaton_bytes() as f64 / 1e6
            );
            Ok(if p.dict.warnings.is_empty() { 0 } else { 1 })
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn extract(
    pipeline: &Pipeline,
    inputs: &[PathBuf],
    output: &Path,
    format: OutFormat,
    excel: bool,
    ext: &[String],
    opts: DecodeOptions,
    quiet: bool,
    load_ms: f64,
) -> Result<u8> {
    for i in inputs {
        if !i.exists() && std::fs::symlink_metadata(i).is_err() {
            bail!("{}: no such file or folder", i.display());
        }
    }
    let (files, walk_errors) = input::collect(inputs, ext);
    if files.is_empty() && walk_errors.is_empty() {
        let exts: Vec<String> = ext.iter().map(|x| format!("*.{x}")).collect();
        eprintln!(
            "chidao: no {} files found in {}",
            exts.join(" or "),
            inputs
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
        return Ok(1);
    }
    let fmt = match format {
        OutFormat::Csv => Format::Csv,
        OutFormat::Jsonl => Format::Jsonl,
    };
    let mut writer = Writer::create(output, fmt, excel)
        .with_context(|| format!("cannot write to the output folder {}", output.display()))?;
    let total: u64 = files
        .iter()
        .map(|f| std::fs::metadata(&f.path).map(|m| m.len()).unwrap_or(0))
        .sum();
    let bar = if !quiet && std::io::stderr().is_terminal() {
        let b = ProgressBar::new(total);
        b.set_style(
            ProgressStyle::with_template(
                "{bar:40} {bytes}/{total_bytes} {binary_bytes_per_sec} eta {eta} {msg}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        b
    } else {
        ProgressBar::hidden()
    };
    let t0 = Instant::now();
    let mut done_files = 0usize;
    let n_files = files.len();
    let mut summary = batch::run(pipeline, &files, opts, &mut writer, |n| {
        done_files += 1;
        bar.inc(n);
        bar.set_message(format!("{done_files}/{n_files} files"));
    })?;
    // Folders that could not be walked are documents too: never dropped.
    let mut extra = Summary::default();
    for (f, why) in &walk_errors {
        let d = DocOutput::failed(&f.doc_id, &f.path.display().to_string(), why);
        writer.write(&d)?;
        extra.add(&d, 0);
    }
    summary.files += extra.files;
    summary.errors.extend(extra.errors);
    bar.finish_and_clear();
    writer.finish()?;
    let secs = t0.elapsed().as_secs_f64();
    if !quiet {
        for (path, why) in &summary.errors {
            eprintln!("chidao: {path}: {why}");
        }
        eprintln!(
            "{} (dictionaries loaded in {load_ms:.0} ms)",
            summary.line(secs)
        );
    }
    Ok(if summary.errors.is_empty() { 0 } else { 1 })
}

/// JSON Lines in, JSON Lines out, in input order.
fn stdin_mode(pipeline: &Pipeline) -> Result<u8> {
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = false;
    let mut lines = stdin.lock().lines().enumerate();
    loop {
        let mut chunk: Vec<(usize, String)> = Vec::with_capacity(batch::CHUNK);
        for (n, line) in lines.by_ref() {
            chunk.push((n + 1, line.context("reading standard input")?));
            if chunk.len() == batch::CHUNK {
                break;
            }
        }
        if chunk.is_empty() {
            break;
        }
        let done: Vec<DocOutput> = chunk
            .into_par_iter()
            .filter(|(_, l)| !l.trim().is_empty())
            .map(
                |(n, l)| match serde_json::from_str::<serde_json::Value>(&l) {
                    Ok(v) => {
                        let id = match &v["id"] {
                            serde_json::Value::String(s) => s.clone(),
                            serde_json::Value::Null => format!("line{n}"),
                            other => other.to_string(),
                        };
                        match v["text"].as_str() {
                            Some(t) => batch::analyse_text(
                                pipeline,
                                &id,
                                &format!("stdin:{n}"),
                                t.to_string(),
                            ),
                            None => {
                                DocOutput::failed(&id, &format!("stdin:{n}"), "no \"text\" string")
                            }
                        }
                    }
                    Err(e) => DocOutput::failed(
                        &format!("line{n}"),
                        &format!("stdin:{n}"),
                        &format!("invalid JSON: {e}"),
                    ),
                },
            )
            .collect();
        for d in &done {
            failed |= d.doc.status != "ok";
            writeln!(out, "{}", serde_json::to_string(d)?)?;
        }
    }
    out.flush()?;
    Ok(u8::from(failed))
}

/// Predictions from CSVs written by `extract`, one per gold document,
/// matched by file stem (gold "003" matches "003.txt" or "003_ab12.txt").
fn read_pred(dir: &Path, gold: &[eval::GoldDoc]) -> Result<Vec<PredDoc>> {
    let mut by_doc: BTreeMap<String, PredDoc> = BTreeMap::new();
    let read = |name: &str| -> Result<Vec<csv::StringRecord>> {
        let p = dir.join(name);
        let mut r =
            csv::Reader::from_path(&p).with_context(|| format!("reading {}", p.display()))?;
        Ok(r.records().collect::<std::result::Result<_, _>>()?)
    };
    let num = |s: &str| s.parse::<usize>().unwrap_or(0);
    for r in read("entities.csv")? {
        by_doc.entry(r[0].to_string()).or_default().entities.push((
            num(&r[2]),
            num(&r[3]),
            r[4].to_string(),
        ));
    }
    for r in read("directives.csv")? {
        by_doc
            .entry(r[0].to_string())
            .or_default()
            .directives
            .push(eval::GoldDirective {
                start: num(&r[2]),
                end: num(&r[3]),
                speaker: r[4].to_string(),
            });
    }
    for r in read("relations.csv")? {
        by_doc
            .entry(r[0].to_string())
            .or_default()
            .relations
            .push((r[2].to_string(), r[3].to_string()));
    }
    let stem = |id: &str| {
        let name = id.rsplit('/').next().unwrap_or(id);
        name.rsplit_once('.')
            .map(|(a, _)| a)
            .unwrap_or(name)
            .to_string()
    };
    Ok(gold
        .iter()
        .map(|g| {
            let hit = by_doc.iter().find(|(k, _)| stem(k) == g.id).or_else(|| {
                by_doc
                    .iter()
                    .find(|(k, _)| stem(k).starts_with(&format!("{}_", g.id)))
            });
            hit.map(|(_, p)| p.clone()).unwrap_or_default()
        })
        .collect())
}
