// Written by r-covariate-fits.R (R's glm, EM in plain R); do not edit by hand.
export const rCovariateFits = {
  table: 'covariates_three_lists.csv',
  observed: 4556,
  truth: 7600,
  em: {
    total: 7354.61152566336,
    unseen: [
      { age: '0-11', sex: 'F', unseen: 967.944418177197 },
      { age: '12-17', sex: 'F', unseen: 879.069186236683 },
      { age: '0-11', sex: 'M', unseen: 529.697359883644 },
      { age: '12-17', sex: 'M', unseen: 421.900561365835 },
    ],
  },
  everyKnown: {
    table: 'covariates_three_lists_known.csv',
    total: 7358.89717661007,
    deviance: 63.0688643053131,
  },
} as const;
