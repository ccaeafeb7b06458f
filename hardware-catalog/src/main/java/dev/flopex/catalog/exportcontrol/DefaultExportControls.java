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
    return rules.stream().filter(r -> r.id().equals(id)).findFirst()
        .orElseThrow(() -> new ValidationException("rule", "'" + id + "'",
            "must be one of " + rules.stream().map(Rule::id).collect(Collectors.joining(", "))));
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
    Rule r = ruleInForce(asOf).orElseThrow(() -> new ValidationException("asOf", asOf.toString(),
        "must be on or after " + rules.get(0).effectiveFrom() + " (no encoded rule was in force earlier)"));
    return decide(a, r);
  }

  @Override
  public List<Decision> classifyAll(Accelerator a) {
    return rules.stream().map(r -> decide(a, r)).collect(Collectors.toUnmodifiableList());
  }

  static Decision decide(Accelerator a, Rule rule) {
    ExportMetrics m = ExportMetrics.of(a);
    List<String> reasons = new ArrayList<>();
    boolean unknownSeen = false;
    for (Classification c : rule.classifications()) {
      List<String> trace = new ArrayList<>();
      Condition.Truth t = c.condition().evaluate(m, trace);
      String label = c.eccn().orElse("licence requirement");
      for (String line : trace) {
        reasons.add(label + ": " + line);
      }
      if (t == Condition.Truth.TRUE && !unknownSeen) {
        reasons.add("=> " + label + " matched: " + c.explanation());
        return Decision.builder().rule(rule).metrics(m).outcome(Decision.Outcome.CONTROLLED)
            .classification(c).addAllReasons(reasons).build();
      }
      if (t == Condition.Truth.UNKNOWN) {
        unknownSeen = true;
      }
    }
    if (unknownSeen) {
      reasons.add("=> indeterminate: a metric needed to rule out a classification is unknown");
      return Decision.builder().rule(rule).metrics(m).outcome(Decision.Outcome.INDETERMINATE).addAllReasons(reasons).build();
    }
    reasons.add("=> not controlled under " + rule.id() + ": no classification matched");
    return Decision.builder().rule(rule).metrics(m).outcome(Decision.Outcome.NOT_CONTROLLED).addAllReasons(reasons).build();
  }
}
