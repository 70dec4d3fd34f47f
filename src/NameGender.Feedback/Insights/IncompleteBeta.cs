namespace NameGender.Feedback.Insights;

/// <summary>
/// The regularized incomplete beta function I_x(a, b), by its continued fraction evaluated with the
/// modified Lentz method; where the fraction converges slowly (x above (a+1)/(a+b+2)) it uses the
/// symmetry I_x(a, b) = 1 − I_(1−x)(b, a).
/// </summary>
internal static class IncompleteBeta
{
    private const double Tiny = 1e-300;
    private const double Tolerance = 1e-14;

    public static double Regularized(double a, double b, double x)
    {
        if (x <= 0)
        {
            return 0;
        }

        if (x >= 1)
        {
            return 1;
        }

        var logFront = (a * Math.Log(x)) + (b * Math.Log(1 - x))
            - LogGamma.Of(a) - LogGamma.Of(b) + LogGamma.Of(a + b);
        return x < (a + 1) / (a + b + 2)
            ? Math.Exp(logFront) * Fraction(a, b, x) / a
            : 1 - (Math.Exp(logFront) * Fraction(b, a, 1 - x) / b);
    }

    private static double Fraction(double a, double b, double x)
    {
        var c = 1.0;
        var d = Guard(1 - ((a + b) * x / (a + 1)));
        d = 1 / d;
        var result = d;
        for (var m = 1; m <= 500; m++)
        {
            // The even step, then the odd step, of the fraction's terms.
            var even = m * (b - m) * x / ((a + (2 * m) - 1) * (a + (2 * m)));
            d = 1 / Guard(1 + (even * d));
            c = Guard(1 + (even / c));
            result *= d * c;

            var odd = -(a + m) * (a + b + m) * x / ((a + (2 * m)) * (a + (2 * m) + 1));
            d = 1 / Guard(1 + (odd * d));
            c = Guard(1 + (odd / c));
            var step = d * c;
            result *= step;
            if (Math.Abs(step - 1) < Tolerance)
            {
                break;
            }
        }

        return result;
    }

    private static double Guard(double value) => Math.Abs(value) < Tiny ? Tiny : value;
}
