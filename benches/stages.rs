//! Per-stage throughput on the seed articles, and dictionary loading timed
//! on its own. `cargo bench` (figures in BENCHMARKS.md).

use chidao::output::{DocOutput, Format, Writer};
use chidao::{dates, entities, normalize::Normalized, sentence, Pipeline};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::time::Duration;

// (The seed texts, read as the integration tests read them.)
#[path = "../tests/common/mod.rs"]
mod common;

fn corpus() -> String {
    common::seed_texts().join("\n\n")
}

fn stages(c: &mut Criterion) {
    let dicts = chidao::default_dictionaries();
    c.bench_function("load dictionaries", |b| {
        b.iter(|| Pipeline::load(&dicts, &[]).unwrap())
    });
    let p = Pipeline::load(&dicts, &[]).unwrap();
    let text = corpus();
    let norm = Normalized::new(&text);
    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("normalize", |b| b.iter(|| Normalized::new(&text)));
    g.bench_function("split", |b| {
        b.iter(|| sentence::split(&norm.text, &p.dict.abbreviations))
    });
    g.bench_function("dictionary match", |b| b.iter(|| p.dict.find_all(&norm)));
    g.bench_function("offices and bodies", |b| {
        b.iter(|| entities::find(&p.dict, &norm))
    });
    g.bench_function("dates", |b| b.iter(|| dates::find(&norm)));
    g.bench_function("whole analysis", |b| b.iter(|| p.analyse(text.clone())));
    let a = p.analyse(text.clone());
    let out_dir = std::env::temp_dir().join(format!("chidao-bench-{}", std::process::id()));
    g.bench_function("rows and CSV", |b| {
        b.iter(|| {
            let d = DocOutput::from_analysis("bench", "bench", &a);
            let mut w = Writer::create(&out_dir, Format::Csv, false).unwrap();
            w.write(&d).unwrap();
            w.finish().unwrap()
        })
    });
    g.finish();
    let _ = std::fs::remove_dir_all(&out_dir);
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10).measurement_time(Duration::from_secs(3));
    targets = stages
}
criterion_main!(benches);
