/**
 * The half-year ends of the period as CTEs for the werkvoorraad (work stock): `stock_period`
 * (half_year_end, previous_end, from the end of the year before the period) and `stock_source`.
 * The cases themselves are the prepared table `stock_case`.
 */
export const stockPeriodSql = `
  stock_period AS (
      SELECT half_year_end, lag(half_year_end) OVER (ORDER BY half_year_end) AS previous_end
      FROM (
        SELECT make_date(CAST(y AS INTEGER), m, CASE WHEN m = 6 THEN 30 ELSE 31 END) AS half_year_end
        FROM range(CAST($1 AS INTEGER) - 1, CAST($2 AS INTEGER) + 1) AS t(y), (VALUES (6), (12)) AS h(m))
      WHERE half_year_end >= make_date(CAST($1 AS INTEGER) - 1, 12, 31)),
  stock_source AS (SELECT * FROM (VALUES ('om'), ('courts')) AS s(source))`;
