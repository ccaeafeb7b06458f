package dev.flopex.costing.internal;

import dev.flopex.catalog.internal.yaml.YNode;
import dev.flopex.core.random.Distribution;
import java.util.Locale;

/**
 * Reads a distribution from a data file: {@code {type: triangular, min: 1, mode: 2, max: 3}}.
 * Types: uniform (min, max), triangular (min, mode, max), pert (min, mode, max), normal (mean, sd),
 * lognormal (mu, sigma, or mean and sd), discrete (values, probabilities), empirical (samples),
 * constant (value); any of them may add {@code truncate: [lo, hi]}.
 */
public final class DistributionFiles {
  private DistributionFiles() {}

  public static Distribution read(YNode d) {
    String type = d.get("type").text().toLowerCase(Locale.ROOT);
    Distribution out;
    switch (type) {
      case "uniform":
        out = Distribution.uniform(d.get("min").number(""), d.get("max").number(""));
        break;
      case "triangular":
        out =
            Distribution.triangular(
                d.get("min").number(""), d.get("mode").number(""), d.get("max").number(""));
        break;
      case "pert":
        out =
            Distribution.pert(
                d.get("min").number(""), d.get("mode").number(""), d.get("max").number(""));
        break;
      case "normal":
        out = Distribution.normal(d.get("mean").number(""), d.get("sd").number(""));
        break;
      case "lognormal":
        out =
            d.has("mu")
                ? Distribution.lognormal(d.get("mu").number(""), d.get("sigma").number(""))
                : Distribution.lognormalFromMeanAndSd(
                    d.get("mean").number(""), d.get("sd").number(""));
        break;
      case "discrete":
        out = Distribution.discrete(numbers(d.get("values")), numbers(d.get("probabilities")));
        break;
      case "empirical":
        out = Distribution.empirical(numbers(d.get("samples")));
        break;
      case "constant":
        out = Distribution.constant(d.get("value").number(""));
        break;
      default:
        throw d.get("type")
            .error(
                "'" + type + "'",
                "must be one of uniform, triangular, pert, normal, lognormal, discrete, empirical, constant");
    }
    if (d.has("truncate")) {
      double[] t = numbers(d.get("truncate"));
      if (t.length != 2) {
        throw d.get("truncate").error(t.length + " values", "must be [lo, hi]");
      }
      out = Distribution.truncated(out, t[0], t[1]);
    }
    d.done();
    return out;
  }

  private static double[] numbers(YNode list) {
    java.util.List<YNode> es = list.elements();
    double[] v = new double[es.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = es.get(i).number("");
    }
    return v;
  }
}
