/* SPDX-License-Identifier: MIT */
/*
 * stats.c: statistics for the insights (see stats.h). The incomplete beta
 * function uses the continued fraction evaluated by the modified Lentz
 * method; the normal quantile is Acklam's rational approximation.
 */
#include <math.h>

#include "stats.h"
#include "xalloc.h"

double stats_mean(const double *x, size_t n)
{
	double s = 0;
	if (!n)
		return NAN;
	for (size_t i = 0; i < n; i++)
		s += x[i];
	return s / (double)n;
}

double stats_sd(const double *x, size_t n)
{
	double m, s = 0;
	if (n < 2)
		return 0;
	m = stats_mean(x, n);
	for (size_t i = 0; i < n; i++)
		s += (x[i] - m) * (x[i] - m);
	return sqrt(s / (double)(n - 1));
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

double stats_median(const double *x, size_t n)
{
	double *c = xmalloc(n * sizeof(*c)), m;
	memcpy(c, x, n * sizeof(*c));
	qsort(c, n, sizeof(*c), cmp_double);
	m = n % 2 ? c[n / 2] : (c[n / 2 - 1] + c[n / 2]) / 2;
	free(c);
	return m;
}

double stats_mad(const double *x, size_t n)
{
	double med = stats_median(x, n), m;
	double *d = xmalloc(n * sizeof(*d));
	for (size_t i = 0; i < n; i++)
		d[i] = fabs(x[i] - med);
	m = stats_median(d, n);
	free(d);
	return m;
}

double stats_autocorr1(const double *x, size_t n)
{
	double sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
	size_t k = 0;

	for (size_t i = 1; i < n; i++) {
		if (isnan(x[i - 1]) || isnan(x[i]))
			continue;
		sa += x[i - 1];
		sb += x[i];
		saa += x[i - 1] * x[i - 1];
		sbb += x[i] * x[i];
		sab += x[i - 1] * x[i];
		k++;
	}
	if (k < 3)
		return 0;
	{
		double cov = sab - sa * sb / (double)k;
		double va = saa - sa * sa / (double)k, vb = sbb - sb * sb / (double)k;
		if (va <= 0 || vb <= 0)
			return 0;
		return cov / sqrt(va * vb);
	}
}

/* The continued fraction for the incomplete beta function. */
static double betacf(double a, double b, double x)
{
	const double tiny = 1e-300, eps = 3e-16;
	double qab = a + b, qap = a + 1, qam = a - 1, c = 1, d = 1 - qab * x / qap, h;

	if (fabs(d) < tiny)
		d = tiny;
	d = 1 / d;
	h = d;
	for (int m = 1; m <= 300; m++) {
		int m2 = 2 * m;
		double aa = m * (b - m) * x / ((qam + m2) * (a + m2)), del;
		d = 1 + aa * d;
		if (fabs(d) < tiny)
			d = tiny;
		c = 1 + aa / c;
		if (fabs(c) < tiny)
			c = tiny;
		d = 1 / d;
		h *= d * c;
		aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
		d = 1 + aa * d;
		if (fabs(d) < tiny)
			d = tiny;
		c = 1 + aa / c;
		if (fabs(c) < tiny)
			c = tiny;
		d = 1 / d;
		del = d * c;
		h *= del;
		if (fabs(del - 1) < eps)
			break;
	}
	return h;
}

double stats_betai(double a, double b, double x)
{
	double bt;

	if (x <= 0)
		return 0;
	if (x >= 1)
		return 1;
	bt = exp(lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log(1 - x));
	if (x < (a + 1) / (a + b + 2))
		return bt * betacf(a, b, x) / a;
	return 1 - bt * betacf(b, a, 1 - x) / b;
}

double stats_t_p2(double t, double df)
{
	if (isnan(t) || df <= 0)
		return 1;
	return stats_betai(df / 2, 0.5, df / (df + t * t));
}

double stats_norm_q(double p)
{
	static const double a[] = { -3.969683028665376e+01, 2.209460984245205e+02,
		-2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01,
		2.506628277459239e+00 };
	static const double b[] = { -5.447609879822406e+01, 1.615858368580409e+02,
		-1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01 };
	static const double c[] = { -7.784894002430293e-03, -3.223964580411365e-01,
		-2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00,
		2.938163982698783e+00 };
	static const double d[] = { 7.784695709041462e-03, 3.224671290700398e-01,
		2.445134137142996e+00, 3.754408661907416e+00 };
	double q, r;

	if (p <= 0 || p >= 1)
		return NAN;
	if (p < 0.02425) {
		q = sqrt(-2 * log(p));
		return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
		       ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
	}
	if (p > 1 - 0.02425)
		return -stats_norm_q(1 - p);
	q = p - 0.5;
	r = q * q;
	return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
	       (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

void stats_welch(const double *a, size_t na, const double *b, size_t nb,
		 double sd_floor, double inflate, struct stats_welch *out)
{
	double sa = fmax(stats_sd(a, na), sd_floor), sb = fmax(stats_sd(b, nb), sd_floor);
	double va = sa * sa / (double)na, vb = sb * sb / (double)nb;

	out->diff = stats_mean(a, na) - stats_mean(b, nb);
	out->se = sqrt(va + vb) * (inflate < 1 ? 1 : inflate);
	out->df = (va + vb) * (va + vb) /
		  (va * va / (double)(na - 1) + vb * vb / (double)(nb - 1));
	out->p = stats_t_p2(out->diff / out->se, out->df);
}

void stats_bh(const double *p, size_t n, double *q)
{
	size_t *idx = xmalloc((n ? n : 1) * sizeof(*idx));
	double run = 1;

	for (size_t i = 0; i < n; i++)
		idx[i] = i;
	/* sort indices by p, ascending (insertion sort: n is small) */
	for (size_t i = 1; i < n; i++)
		for (size_t j = i; j > 0 && p[idx[j - 1]] > p[idx[j]]; j--) {
			size_t t = idx[j];
			idx[j] = idx[j - 1];
			idx[j - 1] = t;
		}
	for (size_t k = n; k > 0; k--) {
		double v = p[idx[k - 1]] * (double)n / (double)k;
		if (v < run)
			run = v;
		q[idx[k - 1]] = run;
	}
	free(idx);
}

void stats_shrink(const double *d, const double *se, size_t n, double prior_tau,
		  double *shrunk, double *post_sd)
{
	double tau2 = prior_tau * prior_tau;

	if (n >= 5) {
		double mse = 0, sd = stats_sd(d, n);
		for (size_t i = 0; i < n; i++)
			mse += se[i] * se[i];
		mse /= (double)n;
		tau2 = fmax(0, sd * sd - mse);
	}
	for (size_t i = 0; i < n; i++) {
		double s2 = se[i] * se[i];
		if (tau2 + s2 <= 0) {
			shrunk[i] = 0;
			post_sd[i] = 0;
			continue;
		}
		shrunk[i] = d[i] * tau2 / (tau2 + s2);
		post_sd[i] = sqrt(tau2 * s2 / (tau2 + s2));
	}
}

void stats_ewma_init(struct stats_ewma *e, double mu0, double sigma, double lambda,
		     double L)
{
	e->mu0 = mu0;
	e->sigma = sigma;
	e->lambda = lambda;
	e->L = L;
	e->z = mu0;
	e->lcl = mu0;
	e->t = 0;
}

int stats_ewma_step(struct stats_ewma *e, double x)
{
	double l = e->lambda;

	e->t++;
	e->z = l * x + (1 - l) * e->z;
	e->lcl = e->mu0 - e->L * e->sigma *
			  sqrt(l / (2 - l) * (1 - pow(1 - l, 2 * e->t)));
	return e->z < e->lcl;
}

double stats_rng_uniform(struct stats_rng *r)
{
	r->s ^= r->s >> 12;
	r->s ^= r->s << 25;
	r->s ^= r->s >> 27;
	return (double)((r->s * 2685821657736338717ULL) >> 11) / 9007199254740992.0;
}

double stats_rng_normal(struct stats_rng *r)
{
	double u = stats_rng_uniform(r), v = stats_rng_uniform(r);
	if (u < 1e-300)
		u = 1e-300;
	return sqrt(-2 * log(u)) * cos(2 * M_PI * v);
}
