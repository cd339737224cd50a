# Times R's glm(family = poisson) doing the fits bench/estimation.bench.ts times in TypeScript.
#   Rscript bench/reference/r-glm-timing.R exhaustive TABLE.csv MAX_MODELS
#     fits the first MAX_MODELS of the 2^P hierarchical two-way models (bitmask order over the
#     pairs, as searchPairwiseModels) and reports seconds per model.
#   Rscript bench/reference/r-glm-timing.R bootstrap TABLE.csv REPLICATES "A:B,C:D"
#     simulates REPLICATES tables from the given model's fitted cells (rpois) and fits all two-way
#     models to each (the bootstrap with model reselection); reports seconds per replicate.
# Prints one line: "seconds_per_unit <x> units <n> ms_total <t>". glm settings as the R references.
args <- commandArgs(trailingOnly = TRUE)
mode <- args[1]
d <- read.csv(args[2], check.names = FALSE)
src <- setdiff(names(d), "count")
k <- length(src)
grid <- expand.grid(rep(list(0:1), k))
names(grid) <- src
grid <- grid[rowSums(grid) > 0, , drop = FALSE]
key <- function(x) apply(x[, src, drop = FALSE], 1, paste, collapse = "")
grid$count <- d$count[match(key(grid), key(d))]
grid$count[is.na(grid$count)] <- 0
pairs <- combn(src, 2, FUN = function(p) paste0("`", p[1], "`:`", p[2], "`"))
formula_of <- function(mask) {
  terms <- c(paste0("`", src, "`"), pairs[bitwAnd(mask, bitwShiftL(1L, seq_along(pairs) - 1L)) > 0])
  as.formula(paste("count ~", paste(terms, collapse = " + ")))
}
fit_all <- function(tab, masks) {
  best <- Inf
  for (m in masks) {
    f <- suppressWarnings(glm(formula_of(m), family = poisson, data = tab, control = glm.control(epsilon = 1e-13, maxit = 200)))
    best <- min(best, AIC(f))
  }
  best
}
if (mode == "exhaustive") {
  n <- min(as.integer(args[3]), 2^length(pairs))
  t <- system.time(fit_all(grid, 0:(n - 1)))[["elapsed"]]
  cat("seconds_per_unit", t / n, "units", n, "ms_total", 1000 * t, "\n")
} else {
  reps <- as.integer(args[3])
  model <- if (length(args) >= 4 && nzchar(args[4])) strsplit(args[4], ",")[[1]] else character(0)
  terms <- c(paste0("`", src, "`"), vapply(strsplit(model, ":"), function(p) paste0("`", p, "`", collapse = ":"), ""))
  chosen <- glm(as.formula(paste("count ~", paste(terms, collapse = " + "))), family = poisson, data = grid)
  set.seed(1)
  t <- system.time(for (r in seq_len(reps)) {
    tab <- grid
    tab$count <- rpois(nrow(tab), fitted(chosen))
    fit_all(tab, 0:(2^length(pairs) - 1))
  })[["elapsed"]]
  cat("seconds_per_unit", t / reps, "units", reps, "ms_total", 1000 * t, "\n")
}
