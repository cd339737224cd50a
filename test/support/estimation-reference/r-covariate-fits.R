# Reference numbers for covariate-model.test.ts: the log-linear model with covariates (every pair of
# lists, the covariates' joint distribution free, each covariate value x each list), fitted by R's glm,
# with children whose covariate is unknown shared out by EM in plain R.
# Rerun from the repository root:  Rscript test/support/estimation-reference/r-covariate-fits.R
# It writes test/support/estimation-reference/data/covariates_three_lists.csv (the invented table, drawn
# once with set.seed), covariates_three_lists_known.csv (the same children, every value known) and test/support/estimation-reference/r-covariate-fits.ts (then `npx biome format --write`).
# Tested with R 4.2.2 (Debian r-base-core), base packages only.

dir <- "test/support/estimation-reference"
set.seed(20261206)

# An invented population: two age bands and two sexes that differ in how visible they are to lists A, B, C;
# A and B dependent. Age is not known for children seen by C alone; sex not known for a third of those seen
# by B alone.
combos <- expand.grid(age = c("0-11", "12-17"), sex = c("F", "M"), stringsAsFactors = FALSE)
size <- c(3000, 2500, 1200, 900)
p <- list(A = c(0.30, 0.40, 0.20, 0.25), B = c(0.20, 0.15, 0.25, 0.10), C = c(0.25, 0.35, 0.15, 0.30))
rows <- list()
for (i in seq_len(nrow(combos))) {
  a <- rbinom(size[i], 1, p$A[i])
  b <- rbinom(size[i], 1, ifelse(a == 1, pmin(1, 2.5 * p$B[i]), p$B[i]))
  cc <- rbinom(size[i], 1, p$C[i])
  seen <- a + b + cc > 0
  d <- data.frame(A = a[seen], B = b[seen], C = cc[seen], age = combos$age[i], sex = combos$sex[i])
  d$age_known <- d$age
  d$sex_known <- d$sex
  d$age[d$A == 0 & d$B == 0 & d$C == 1] <- NA
  only_b <- which(d$A == 0 & d$B == 1 & d$C == 0)
  d$sex[only_b[seq_along(only_b) %% 3 == 0]] <- NA
  rows[[i]] <- d
}
people <- do.call(rbind, rows)
every_known <- aggregate(list(count = rep(1, nrow(people))), people[, c("A", "B", "C", "age_known", "sex_known")], sum)
names(every_known)[4:5] <- c("age", "sex")
every_known <- every_known[do.call(order, every_known[, c("age", "sex", "A", "B", "C")]), ]
write.csv(every_known, file.path(dir, "data", "covariates_three_lists_known.csv"), row.names = FALSE)
people$age[is.na(people$age)] <- ""
people$sex[is.na(people$sex)] <- ""
table <- aggregate(list(count = rep(1, nrow(people))), people[, c("A", "B", "C", "age", "sex")], sum)
table$age[table$age == ""] <- NA
table$sex[table$sex == ""] <- NA
table <- table[do.call(order, table[, c("age", "sex", "A", "B", "C")]), ]
write.csv(table, file.path(dir, "data", "covariates_three_lists.csv"), row.names = FALSE, na = "")

# The complete table: every combination x every observable history.
h <- expand.grid(C = 0:1, B = 0:1, A = 0:1)[, c("A", "B", "C")]
h <- h[rowSums(h) > 0, ]
full <- merge(combos, h)
full$age <- factor(full$age, levels = c("0-11", "12-17"))
full$sex <- factor(full$sex, levels = c("F", "M"))
key <- function(d) paste(d$A, d$B, d$C, d$age, d$sex)
known <- table[!is.na(table$age) & !is.na(table$sex), ]
partial <- table[is.na(table$age) | is.na(table$sex), ]
members <- lapply(seq_len(nrow(partial)), function(g) {
  which(full$A == partial$A[g] & full$B == partial$B[g] & full$C == partial$C[g] &
    (is.na(partial$age[g]) | full$age == partial$age[g]) & (is.na(partial$sex[g]) | full$sex == partial$sex[g]))
})
y_known <- known$count[match(key(full), key(known))]
y_known[is.na(y_known)] <- 0
formula <- y ~ (A + B + C)^2 + age * sex + age:(A + B + C) + sex:(A + B + C)

fit_em <- function(y_known) {
  weights <- y_known + 0.5
  previous <- NA
  for (iteration in 1:5000) {
    full$y <- y_known
    for (g in seq_along(members)) {
      m <- members[[g]]
      full$y[m] <- full$y[m] + partial$count[g] * weights[m] / sum(weights[m])
    }
    fit <- suppressWarnings(glm(formula, family = poisson, data = full, control = glm.control(epsilon = 1e-14, maxit = 100)))
    unseen <- predict(fit, newdata = transform(combos, A = 0, B = 0, C = 0), type = "response")
    if (!is.na(previous) && abs(sum(unseen) - previous) <= 1e-11 * sum(unseen)) break
    previous <- sum(unseen)
    weights <- fitted(fit)
  }
  list(unseen = unseen, iterations = iteration)
}

em <- fit_em(y_known)
observed <- sum(table$count)
# With every value known, one glm is the MLE.
full$y <- every_known$count[match(key(full), key(every_known))]
full$y[is.na(full$y)] <- 0
direct <- glm(formula, family = poisson, data = full, control = glm.control(epsilon = 1e-14, maxit = 100))
unseen_known <- predict(direct, newdata = transform(combos, A = 0, B = 0, C = 0), type = "response")

num <- function(x) formatC(x, digits = 15, format = "g")
out <- c(
  "// Written by r-covariate-fits.R (R's glm, EM in plain R); do not edit by hand.",
  "export const rCovariateFits = {",
  "  table: 'covariates_three_lists.csv',",
  sprintf("  observed: %d,", observed),
  sprintf("  truth: %d,", sum(size)),
  "  em: {",
  sprintf("    total: %s,", num(observed + sum(em$unseen))),
  sprintf("    unseen: [%s],", paste(sprintf("{ age: '%s', sex: '%s', unseen: %s }", combos$age, combos$sex, num(em$unseen)), collapse = ", ")),
  "  },",
  "  everyKnown: {",
  sprintf("    table: 'covariates_three_lists_known.csv',"),
  sprintf("    total: %s,", num(observed + sum(unseen_known))),
  sprintf("    deviance: %s,", num(deviance(direct))),
  "  },",
  "} as const;"
)
writeLines(out, file.path(dir, "r-covariate-fits.ts"))
cat(out, sep = "\n")
