/* SPDX-License-Identifier: MIT */
/*
 * stats.h: the small statistics the insights need, written out so they can
 * be read and tested: means and spreads, Welch's t-test with Student's t
 * distribution (through the regularised incomplete beta function),
 * Benjamini-Hochberg false discovery control, empirical-Bayes shrinkage
 * and an EWMA control chart. Pure functions; NAN marks a missing value
 * where a function says so.
 */
#ifndef WAYMARK_STATS_H
#define WAYMARK_STATS_H

#include <stddef.h>

double stats_mean(const double *x, size_t n);
/* Sample standard deviation (n - 1); 0 for n < 2. */
double stats_sd(const double *x, size_t n);
/* Median and median absolute deviation; x is not changed. n must be > 0. */
double stats_median(const double *x, size_t n);
double stats_mad(const double *x, size_t n);
/* Lag-1 autocorrelation of a series with NAN for missing points; only
 * neighbouring pairs that are both present count. 0 if under 3 pairs. */
double stats_autocorr1(const double *x, size_t n);

/* Regularised incomplete beta I_x(a, b), and Student's t: the two-sided
 * p-value of |t| with df degrees of freedom. */
double stats_betai(double a, double b, double x);
double stats_t_p2(double t, double df);
/* The quantile of the standard normal distribution for a probability p
 * in (0, 1) (Acklam's approximation; enough for intervals). */
double stats_norm_q(double p);

struct stats_welch {
	double diff;   /* mean(a) - mean(b) */
	double se;     /* Welch standard error */
	double df;     /* Welch-Satterthwaite degrees of freedom */
	double p;      /* two-sided */
};
/* Welch's t-test of a against b. Each sample's SD is floored at sd_floor
 * (small samples would otherwise claim certainty they do not have), and
 * the standard error is multiplied by inflate (>= 1, for autocorrelation). */
void stats_welch(const double *a, size_t na, const double *b, size_t nb,
		 double sd_floor, double inflate, struct stats_welch *out);

/* Benjamini-Hochberg: q-values for n p-values, written to q. */
void stats_bh(const double *p, size_t n, double *q);

/* Empirical-Bayes shrinkage of estimates d with standard errors se toward
 * 0 (normal-normal): tau^2 = max(0, var(d) - mean(se^2)) when n >= 5, else
 * prior_tau^2. Writes the shrunk estimates and their posterior SDs. */
void stats_shrink(const double *d, const double *se, size_t n, double prior_tau,
		  double *shrunk, double *post_sd);

/* An EWMA chart for a downward drift: baseline mu0 and sigma, lambda and
 * L. Feed it the days with data in order with stats_ewma_step(); it
 * reports whether the smoothed value is below the lower control limit. */
struct stats_ewma {
	double mu0, sigma, lambda, L;
	double z;      /* the smoothed value */
	double lcl;    /* the lower control limit at this step */
	int t;         /* points seen */
};
void stats_ewma_init(struct stats_ewma *e, double mu0, double sigma, double lambda,
		     double L);
/* Adds x; returns 1 if z is below the lower control limit now. */
int stats_ewma_step(struct stats_ewma *e, double x);

/* A small, seedable random generator (xorshift64*) for simulations in
 * tests; never for anything secret. */
struct stats_rng {
	unsigned long long s;
};
double stats_rng_uniform(struct stats_rng *r);  /* [0, 1) */
double stats_rng_normal(struct stats_rng *r);   /* mean 0, SD 1 */

#endif
