package dev.flopex.catalog;

import dev.flopex.catalog.yaml.Figures;
import dev.flopex.catalog.yaml.YNode;
import dev.flopex.catalog.yaml.YamlDoc;
import dev.flopex.catalog.exportcontrol.Classification;
import dev.flopex.catalog.exportcontrol.Condition;
import dev.flopex.catalog.exportcontrol.ImmutableClassification;
import dev.flopex.catalog.exportcontrol.ImmutableRule;
import dev.flopex.catalog.exportcontrol.Metric;
import dev.flopex.catalog.exportcontrol.Rule;
import dev.flopex.core.provenance.Source;
import dev.flopex.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads {@code export-control-rules.yaml} (schema flopex-export-rules/1) into rules. */
final class ExportRulesReader {
  private ExportRulesReader() {}

  static List<Rule> read(YamlDoc doc, Set<String> acceleratorIds) {
    YNode root = doc.rootNode();
    root.get("schema").requireText("flopex-export-rules/1");
    Map<String, Source> sources = Figures.readSources(root.get("sources"));
    List<Rule> rules = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (YNode r : root.get("rules").elements()) {
      r.requireObject();
      YNode idNode = r.get("id");
      if (!ids.add(idNode.text())) {
        throw idNode.error("'" + idNode.text() + "'", "must be unique (duplicate rule id)");
      }
      ImmutableRule.Builder b = Rule.builder()
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
      for (YNode c : r.get("classifications").elements()) {
        b.addClassifications(classification(c, acceleratorIds));
      }
      r.done();
      Rule rule = b.build();
      if (rule.effectiveUntil().isPresent() && rule.effectiveUntil().get().isBefore(rule.effectiveFrom())) {
        throw r.error(rule.effectiveUntil().get().toString(), "effective_until must not be before effective_from (" + rule.effectiveFrom() + ")");
      }
      rules.add(rule);
    }
    root.done();
    return rules;
  }

  private static Classification classification(YNode c, Set<String> acceleratorIds) {
    c.requireObject();
    ImmutableClassification.Builder b = Classification.builder();
    String eccn = c.get("eccn").text();
    if (!eccn.equalsIgnoreCase("none")) {
      b.eccn(eccn);
    }
    b.licenseRequired(c.get("license_required").bool())
        .licensePolicy(c.get("license_policy").text())
        .explanation(c.get("explanation").text())
        .condition(condition(c, acceleratorIds));
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
