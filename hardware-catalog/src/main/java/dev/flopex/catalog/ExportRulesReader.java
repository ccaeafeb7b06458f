package dev.flopex.catalog;

import dev.flopex.catalog.exportcontrol.Classification;
import dev.flopex.catalog.exportcontrol.Condition;
import dev.flopex.catalog.exportcontrol.ExportControls;
import dev.flopex.catalog.exportcontrol.ExportFee;
import dev.flopex.catalog.exportcontrol.ImmutableClassification;
import dev.flopex.catalog.exportcontrol.ImmutableRule;
import dev.flopex.catalog.exportcontrol.MarketAccessEvent;
import dev.flopex.catalog.exportcontrol.Metric;
import dev.flopex.catalog.exportcontrol.Rule;
import dev.flopex.catalog.internal.yaml.Figures;
import dev.flopex.catalog.internal.yaml.YNode;
import dev.flopex.catalog.internal.yaml.YamlDoc;
import dev.flopex.core.provenance.Confidence;
import dev.flopex.core.provenance.Source;
import dev.flopex.core.validation.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code export-control-rules.yaml} (schema flopex-export-rules/2: {@code licence_policy} is
 * one of presumption-of-denial, case-by-case, license-exception-nac or is-informed, with the rule's
 * detail in an optional {@code licence_policy_note}): the US rules, the fees their classifications
 * carry ({@code fees:}) and the destination side's market-access events ({@code market_access:}).
 */
final class ExportRulesReader {
  private ExportRulesReader() {}

  static ExportControls read(YamlDoc doc, Set<String> acceleratorIds) {
    YNode root = doc.rootNode();
    root.get("schema").requireText("flopex-export-rules/2");
    Map<String, Source> sources = Figures.readSources(root.get("sources"));
    Map<String, ExportFee> fees = new LinkedHashMap<>();
    root.opt("fees")
        .ifPresent(
            fs -> {
              for (String id : fs.fieldNames()) {
                fees.put(id, fee(id, fs.get(id), sources));
              }
            });
    List<MarketAccessEvent> events = new ArrayList<>();
    Set<String> eventIds = new LinkedHashSet<>();
    for (YNode e : root.opt("market_access").map(YNode::elements).orElse(List.of())) {
      MarketAccessEvent ev = marketAccess(e, sources);
      if (!eventIds.add(ev.id())) {
        throw e.get("id").error("'" + ev.id() + "'", "must be unique (duplicate market_access id)");
      }
      events.add(ev);
    }
    List<Rule> rules = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (YNode r : root.get("rules").elements()) {
      r.requireObject();
      YNode idNode = r.get("id");
      if (!ids.add(idNode.text())) {
        throw idNode.error("'" + idNode.text() + "'", "must be unique (duplicate rule id)");
      }
      ImmutableRule.Builder b =
          Rule.builder()
              .id(idNode.text())
              .title(r.get("title").text())
              .effectiveFrom(Figures.localDate(r.get("effective_from")))
              .note(r.get("note").text());
      r.opt("effective_until").ifPresent(u -> b.effectiveUntil(Figures.localDate(u)));
      for (YNode s : r.get("sources").elements()) {
        Source src = sources.get(s.text());
        if (src == null) {
          throw s.error("'" + s.text() + "'", "must name a source defined under 'sources'");
        }
        b.addSources(src);
      }
      for (YNode d : r.get("destinations").elements()) {
        b.addDestinations(d.text());
      }
      LocalDate from = Figures.localDate(r.get("effective_from"));
      java.util.Optional<LocalDate> until = r.opt("effective_until").map(Figures::localDate);
      for (YNode c : r.get("classifications").elements()) {
        b.addClassifications(classification(c, acceleratorIds, fees, idNode.text(), from, until));
      }
      r.done();
      Rule rule = b.build();
      if (rule.effectiveUntil().isPresent()
          && rule.effectiveUntil().get().isBefore(rule.effectiveFrom())) {
        throw r.error(
            rule.effectiveUntil().get().toString(),
            "effective_until must not be before effective_from (" + rule.effectiveFrom() + ")");
      }
      if (!rules.isEmpty()) {
        Rule prev = rules.get(rules.size() - 1);
        if (prev.effectiveUntil().isEmpty()
            || !prev.effectiveUntil().get().isBefore(rule.effectiveFrom())) {
          throw r.get("effective_from")
              .error(
                  rule.effectiveFrom().toString(),
                  "must be after the previous rule's effective_until ("
                      + prev.id()
                      + " until "
                      + prev.effectiveUntil().map(LocalDate::toString).orElse("open")
                      + "): rules are snapshots in date order and must not overlap");
        }
      }
      rules.add(rule);
    }
    root.done();
    return ExportControls.of(rules, events);
  }

  private static ExportFee fee(String id, YNode n, Map<String, Source> sources) {
    n.requireObject();
    return n.guarded(
        () -> {
          dev.flopex.catalog.exportcontrol.ImmutableExportFee.Builder b =
              ExportFee.builder()
                  .id(id)
                  .title(n.get("title").text())
                  .fraction(n.get("fraction").number(""))
                  .base(Figures.enumValue(n.get("base"), ExportFee.Base.class))
                  .payer(Figures.enumValue(n.get("payer"), ExportFee.Payer.class))
                  .effectiveFrom(Figures.localDate(n.get("effective_from")))
                  .confidence(Figures.enumValue(n.get("confidence"), Confidence.class))
                  .note(n.get("note").text());
          n.opt("effective_until").ifPresent(u -> b.effectiveUntil(Figures.localDate(u)));
          b.addAllSources(sources(n.get("sources"), sources));
          n.done();
          return b.build();
        });
  }

  private static MarketAccessEvent marketAccess(YNode n, Map<String, Source> sources) {
    n.requireObject();
    return n.guarded(
        () -> {
          dev.flopex.catalog.exportcontrol.ImmutableMarketAccessEvent.Builder b =
              MarketAccessEvent.builder()
                  .id(n.get("id").text())
                  .jurisdiction(n.get("jurisdiction").text())
                  .title(n.get("title").text())
                  .instrument(n.get("instrument").text())
                  .effect(n.get("effect").text())
                  .effectiveFrom(Figures.partialDate(n.get("effective_from")))
                  .confidence(Figures.enumValue(n.get("confidence"), Confidence.class))
                  .note(n.get("note").text());
          for (YNode p : n.get("products").elements()) {
            b.addProducts(p.text());
          }
          n.opt("effective_until").ifPresent(u -> b.effectiveUntil(Figures.partialDate(u)));
          b.addAllSources(sources(n.get("sources"), sources));
          n.done();
          return b.build();
        });
  }

  private static List<Source> sources(YNode list, Map<String, Source> sources) {
    List<Source> out = new ArrayList<>();
    for (YNode s : list.elements()) {
      Source src = sources.get(s.text());
      if (src == null) {
        throw s.error("'" + s.text() + "'", "must name a source defined under 'sources'");
      }
      out.add(src);
    }
    if (out.isEmpty()) {
      throw list.error("[]", "must name at least one source");
    }
    return out;
  }

  private static Classification classification(
      YNode c,
      Set<String> acceleratorIds,
      Map<String, ExportFee> fees,
      String ruleId,
      LocalDate from,
      java.util.Optional<LocalDate> until) {
    c.requireObject();
    ImmutableClassification.Builder b = Classification.builder();
    String eccn = c.get("eccn").text();
    if (!eccn.equalsIgnoreCase("none")) {
      b.eccn(eccn);
    }
    YNode policy = c.get("licence_policy");
    try {
      b.licencePolicy(dev.flopex.catalog.exportcontrol.LicencePolicy.fromKey(policy.text()));
    } catch (ValidationException e) {
      throw policy.error(e.value().orElse(null), e.rule());
    }
    c.opt("licence_policy_note").ifPresent(n -> b.licencePolicyNote(n.text()));
    b.licenceRequired(c.get("licence_required").bool())
        .explanation(c.get("explanation").text())
        .condition(condition(c, acceleratorIds));
    c.opt("fee")
        .ifPresent(
            f -> {
              ExportFee fee = fees.get(f.text());
              if (fee == null) {
                throw f.error(
                    "'" + f.text() + "'",
                    "must name a fee defined under 'fees'"
                        + dev.flopex.core.validation.Suggestions.didYouMean(
                            f.text(), fees.keySet()));
              }
              boolean coversStart = !fee.effectiveFrom().isAfter(from);
              boolean coversEnd =
                  fee.effectiveUntil().isEmpty()
                      || (until.isPresent() && !fee.effectiveUntil().get().isBefore(until.get()));
              if (!coversStart || !coversEnd) {
                throw f.error(
                    "'" + f.text() + "'",
                    "must be in force throughout rule "
                        + ruleId
                        + " ("
                        + from
                        + " to "
                        + until.map(LocalDate::toString).orElse("open")
                        + ") but runs "
                        + fee.effectiveFrom()
                        + " to "
                        + fee.effectiveUntil().map(LocalDate::toString).orElse("open")
                        + "; split the rule at the fee's dates");
              }
              b.fee(fee);
            });
    c.done();
    return b.build();
  }

  /** Reads the all_of / any_of / metric test held by mapping {@code n}. */
  private static Condition condition(YNode n, Set<String> acceleratorIds) {
    boolean all = n.has("all_of");
    boolean any = n.has("any_of");
    boolean metric = n.has("metric");
    if ((all ? 1 : 0) + (any ? 1 : 0) + (metric ? 1 : 0) != 1) {
      throw n.error(null, "must have exactly one of all_of, any_of or metric");
    }
    if (metric) {
      YNode mn = n.get("metric");
      Metric m;
      try {
        m = Metric.fromKey(mn.text());
      } catch (ValidationException e) {
        throw mn.error(e.value().orElse(null), e.rule());
      }
      YNode op = n.get("op");
      YNode v = n.get("value");
      if (m == Metric.SKU) {
        if (!op.text().equals("in")) {
          throw op.error("'" + op.text() + "'", "must be 'in' for metric sku");
        }
        Set<String> skus = new LinkedHashSet<>();
        for (YNode s : v.elements()) {
          if (!acceleratorIds.contains(s.text())) {
            throw s.error("'" + s.text() + "'", "must name an accelerator in the catalog");
          }
          skus.add(s.text());
        }
        return Condition.skuIn(skus);
      }
      double value = m == Metric.DATACENTER ? (v.bool() ? 1 : 0) : v.number("");
      try {
        return Condition.threshold(m, op.text(), value);
      } catch (ValidationException e) {
        throw op.error(e.value().orElse(null), e.rule());
      }
    }
    List<Condition> parts = new ArrayList<>();
    for (YNode p : n.get(all ? "all_of" : "any_of").elements()) {
      p.requireObject();
      parts.add(condition(p, acceleratorIds));
      p.done();
    }
    if (parts.isEmpty()) {
      throw n.error("[]", "must list at least one condition");
    }
    return all ? Condition.allOf(parts) : Condition.anyOf(parts);
  }
}
