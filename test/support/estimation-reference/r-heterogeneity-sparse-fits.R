# Reference numbers for the sparse tables of fit-heterogeneity-model.test.ts: where the heterogeneity model
# (every pair plus choose(s, 3)) cannot be estimated whole, the terms Zicht keeps, fitted by R's glm.
# Rerun from the repository root:  Rscript test/support/estimation-reference/r-heterogeneity-sparse-fits.R
# It rewrites test/support/estimation-reference/r-heterogeneity-sparse-fits.ts (then `npx biome format --write` it).
# Tested with R 4.2.2 (Debian r-base-core), base packages only.
#
# For each case it checks, with glm alone (no linear programming in base R), that
#  - the kept model is estimable: its fitted values do not move when glm is run to a 100 times tighter
#    tolerance (an MLE on the boundary keeps pushing a zero cell's fitted value towards 0), and
#  - it is as large as can be: each dropped term put back alone makes some zero cell's fitted value run off.
# nobody_on_every_list.csv is invented (four lists, nobody on all four); sparse_four_lists.csv is one of 400 random
# sparse tables on which the old rule (drop every interaction of the escape direction) left no pair at all. HIV, Western, Ned, Ned_5, NewOrl and
# NewOrl_5 are the published tables in data/.

dir <- "test/support/estimation-reference"

complete_table <- function(name) {
  d <- read.csv(file.path(dir, "data", paste0(name, ".csv")))
  src <- setdiff(names(d), "count")
  grid <- expand.grid(rep(list(0:1), length(src)))
  names(grid) <- src
  grid <- grid[rowSums(grid) > 0, , drop = FALSE]
  key <- function(x) apply(x[, src, drop = FALSE], 1, paste, collapse = "")
  grid$count <- d$count[match(key(grid), key(d))]
  grid$count[is.na(grid$count)] <- 0
  grid
}

# Zicht's column order: intercept, main effects, the pairs (1,2), (1,3), ..., then choose(s, 3).
design <- function(h, src, dropped) {
  pairs <- combn(length(src), 2)
  x <- cbind(1, h)
  terms <- c("(Intercept)", src)
  for (p in seq_len(ncol(pairs))) {
    term <- paste(src[pairs[1, p]], src[pairs[2, p]], sep = ":")
    if (term %in% dropped) next
    x <- cbind(x, h[, pairs[1, p]] * h[, pairs[2, p]])
    terms <- c(terms, term)
  }
  if (!("heterogeneity" %in% dropped)) {
    x <- cbind(x, choose(rowSums(h), 3))
    terms <- c(terms, "heterogeneity")
  }
  colnames(x) <- terms
  x
}

fit_at <- function(x, y, epsilon) {
  suppressWarnings(glm.fit(x, y, family = poisson(), control = list(epsilon = epsilon, maxit = 1000)))
}

# Largest change of log fitted value on the zero cells between tolerance 1e-13 and 1e-15.
drift <- function(x, y) {
  a <- fit_at(x, y, 1e-13)
  b <- fit_at(x, y, 1e-15)
  max(abs(log(a$fitted.values[y == 0]) - log(b$fitted.values[y == 0])), 0)
}

sparse_reference <- function(name, dropped) {
  tab <- complete_table(name)
  src <- setdiff(names(tab), "count")
  h <- as.matrix(tab[, src])
  y <- tab$count
  x <- design(h, src, dropped)
  stopifnot(qr(x)$rank == ncol(x))
  stopifnot(drift(x, y) < 1e-6)
  for (term in dropped) {
    back <- design(h, src, setdiff(dropped, term))
    stopifnot(qr(back)$rank < ncol(back) || drift(back, y) > 0.5)
  }
  fit <- glm(y ~ 0 + x, family = poisson, control = glm.control(epsilon = 1e-13, maxit = 200))
  stopifnot(fit$converged, !any(is.na(coef(fit))))
  se <- sqrt(diag(solve(crossprod(x * sqrt(fitted(fit))))))
  num <- function(v) trimws(formatC(v, digits = 15, format = "g"))
  vec <- function(v) paste0("[", paste(num(v), collapse = ", "), "]")
  str <- function(v) paste0("[", paste0("'", v, "'", collapse = ", ")[length(v) > 0], "]")
  paste0(
    "  {\n    table: '", name, "',\n",
    "    dropped: ", str(dropped), ",\n",
    "    terms: ", str(colnames(x)), ",\n",
    "    estimates: ", vec(coef(fit)), ",\n",
    "    se: ", vec(se), ",\n",
    "    deviance: ", num(deviance(fit)), ",\n",
    "    df: ", df.residual(fit), ",\n",
    "    nHat: ", num(sum(y) + exp(coef(fit)[[1]])), ",\n",
    "    histories: ", str(apply(h, 1, paste, collapse = "")), ",\n",
    "    fitted: ", vec(fitted(fit)), ",\n  },\n"
  )
}

# With every term the heterogeneity term runs off on HIV (coefficient about -29 where glm stops) ...
hiv <- complete_table("HIV")
hiv_h <- as.matrix(hiv[, 1:4])
full <- glm(hiv$count ~ 0 + design(hiv_h, names(hiv)[1:4], character(0)), family = poisson,
            control = glm.control(epsilon = 1e-13, maxit = 200))
message("HIV, every pair + heterogeneity: heterogeneity coefficient ", format(coef(full)[[12]], digits = 4))
# ... and without it the design is R's own all-pairs model.
pairs_only <- glm(count ~ (c1 + c2 + c3 + c4)^2, family = poisson, data = hiv,
                  control = glm.control(epsilon = 1e-13, maxit = 200))
message("HIV, all pairs: N = ", format(sum(hiv$count) + exp(coef(pairs_only)[[1]]), digits = 10))

newor_pairs <- c("A:B", "A:F", "A:H", "B:C", "B:D", "B:E", "B:G", "B:H", "C:F", "C:H", "D:F", "D:G", "D:H",
                 "E:F", "E:G", "F:G", "F:H", "G:H")
cases <- list(
  list("nobody_on_every_list", c("heterogeneity")),
  list("sparse_four_lists", c("A:C", "B:C", "B:D", "C:D", "heterogeneity")),
  list("HIV", c("heterogeneity")),
  list("Western", c("A:B", "B:E", "heterogeneity")),
  list("Ned", c("I:K", "K:R", "heterogeneity")),
  list("Ned_5", c("K:R", "heterogeneity")),
  list("NewOrl", c(newor_pairs, "heterogeneity")),
  list("NewOrl_5", c("A:H", "C:H", "D:H", "heterogeneity"))
)
body <- paste(vapply(cases, function(c) sparse_reference(c[[1]], c[[2]]), ""), collapse = "")
hiv_kept <- glm(hiv$count ~ 0 + design(hiv_h, names(hiv)[1:4], "heterogeneity"), family = poisson,
                control = glm.control(epsilon = 1e-13, maxit = 200))
stopifnot(abs(exp(coef(hiv_kept)[[1]]) / exp(coef(pairs_only)[[1]]) - 1) < 1e-9)
out <- paste0(
  "// Generated by r-heterogeneity-sparse-fits.R (R ", R.version$major, ".", R.version$minor,
  ", glm(family = poisson, epsilon = 1e-13) on the design of the terms Zicht keeps). Do not edit by hand.\n",
  "import type { HeterogeneityReferenceFit } from './r-heterogeneity-fits.ts';\n\n",
  "export const sparseHeterogeneityReferenceFits: readonly HeterogeneityReferenceFit[] = [\n", body, "];\n"
)
writeLines(out, file.path(dir, "r-heterogeneity-sparse-fits.ts"))
