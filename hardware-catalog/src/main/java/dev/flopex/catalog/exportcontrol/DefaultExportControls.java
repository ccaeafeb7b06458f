package dev.flopex.catalog.exportcontrol;

import dev.flopex.catalog.Accelerator;
import dev.flopex.core.validation.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The rule evaluator behind {@link ExportControls}. */
final class DefaultExportControls implements ExportControls {
  private final List<Rule> rules;
  private final List<MarketAccessEvent> marketAccess;

  DefaultExportControls(List<Rule> rules, List<MarketAccessEvent> marketAccess) {
    List<Rule> sorted = new ArrayList<>(rules);
    sorted.sort(Comparator.comparing(Rule::effectiveFrom));
    this.rules = List.copyOf(sorted);
    List<MarketAccessEvent> events = new ArrayList<>(marketAccess);
    events.sort(Comparator.comparing(MarketAccessEvent::effectiveFrom));
    this.marketAccess = List.copyOf(events);
  }

  @Override
  public List<MarketAccessEvent> marketAccess() {
    return marketAccess;
  }

  @Override
  public List<Rule> rules() {
    return rules;
  }

  @Override
  public Rule rule(String id) {
    return rules.stream()
        .filter(r -> r.id().equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new ValidationException(
                    "rule",
                    "'" + id + "'",
                    "must be one of "
                        + rules.stream().map(Rule::id).collect(Collectors.joining(", "))));
  }

  @Override
  public Optional<Rule> ruleInForce(LocalDate date) {
    return rules.stream().filter(r -> r.inForceOn(date)).reduce((a, b) -> b);
  }

  @Override
  public Decision classify(Accelerator a, String ruleId) {
    return decide(a, rule(ruleId));
  }

  @Override
  public Decision classify(Accelerator a, LocalDate asOf) {
    Rule r =
        ruleInForce(asOf)
            .orElseThrow(
                () ->
                    new ValidationException(
                        "asOf",
                        asOf.toString(),
                        "must be on or after "
                            + rules.get(0).effectiveFrom()
                            + " (no encoded rule was in force earlier)"));
    return decide(a, r);
  }

  @Override
  public List<Decision> classifyAll(Accelerator a) {
    return rules.stream().map(r -> decide(a, r)).collect(Collectors.toUnmodifiableList());
  }

  @Override
  public LicenceRequirement licenceRequired(Accelerator a, String destination, LocalDate date) {
    Decision d = classify(a, date);
    String to = destination.strip().toUpperCase(java.util.Locale.ROOT);
    if (!d.rule().destinations().contains(to)) {
      throw new ValidationException(
          "destination",
          "'" + destination + "'",
          "must be one of "
              + String.join(", ", d.rule().destinations())
              + " (the destinations rule "
              + d.rule().id()
              + " is encoded for; a licence to other destinations is not modelled)");
    }
    return d.licenceRequirement();
  }

  static Decision decide(Accelerator a, Rule rule) {
    return decide(ExportMetrics.of(a), rule);
  }

  /**
   * Tries the rule's classifications in order: the first that matches decides unless an earlier one
   * was left open by an unknown metric, in which case the outcome is indeterminate between the open
   * ones and the match.
   */
  static Decision decide(ExportMetrics m, Rule rule) {
    List<ThresholdTest> tests = new ArrayList<>();
    List<Classification> open = new ArrayList<>();
    Classification matched = null;
    List<Classification> cs = rule.classifications();
    for (int i = 0; i < cs.size(); i++) {
      Classification c = cs.get(i);
      Evaluator.Result r = Evaluator.evaluate(c.condition(), m);
      tests.addAll(r.tests(i, c.label()));
      if (r.truth() == Condition.Truth.TRUE) {
        matched = c;
        break;
      }
      if (r.truth() == Condition.Truth.UNKNOWN) {
        open.add(c);
      }
    }
    ImmutableDecision.Builder b = Decision.builder().rule(rule).metrics(m).addAllTests(tests);
    if (open.isEmpty() && matched != null) {
      return b.outcome(Decision.Outcome.CONTROLLED)
          .classification(matched)
          .addCandidates(matched)
          .licenceRequirement(
              matched.licenceRequired()
                  ? LicenceRequirement.REQUIRED
                  : LicenceRequirement.NOT_REQUIRED)
          .build();
    }
    if (open.isEmpty()) {
      return b.outcome(Decision.Outcome.NOT_CONTROLLED)
          .licenceRequirement(LicenceRequirement.NOT_REQUIRED)
          .build();
    }
    List<Classification> candidates = new ArrayList<>(open);
    if (matched != null) {
      candidates.add(matched);
    }
    // the possible answers: each candidate's, and "not required" when nothing matched for certain
    boolean mayRequire = candidates.stream().anyMatch(Classification::licenceRequired);
    boolean mayNotRequire =
        matched == null || candidates.stream().anyMatch(c -> !c.licenceRequired());
    LicenceRequirement req =
        mayRequire && mayNotRequire
            ? LicenceRequirement.UNKNOWN
            : mayRequire ? LicenceRequirement.REQUIRED : LicenceRequirement.NOT_REQUIRED;
    return b.outcome(Decision.Outcome.INDETERMINATE)
        .addAllCandidates(candidates)
        .licenceRequirement(req)
        .build();
  }
}
