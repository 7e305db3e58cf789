//! The LALRPOP-generated parser (from `grammar/python.lalrpop`, built by `build.rs`).

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused_parens, unused_imports, dead_code, unused_mut, unused_variables)]
    pub python
);
