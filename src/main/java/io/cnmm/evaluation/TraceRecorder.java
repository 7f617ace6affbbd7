package io.cnmm.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.rule.Match;

/**
 * Records every rule firing of one session, in order, with the facts the rule matched and the
 * facts its consequence inserted. One recorder per session; not thread-safe, as sessions are not.
 */
final class TraceRecorder {

    private final Ruleset ruleset;
    private final List<TraceEntry> entries = new ArrayList<>();
    private final List<Map<String, Object>> derived = new ArrayList<>();
    private Match firing;

    TraceRecorder(Ruleset ruleset) {
        this.ruleset = ruleset;
    }

    final DefaultAgendaEventListener agendaListener = new DefaultAgendaEventListener() {
        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            firing = event.getMatch();
            derived.clear();
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            record(event.getMatch());
            firing = null;
        }
    };

    final DefaultRuleRuntimeEventListener insertListener = new DefaultRuleRuntimeEventListener() {
        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (firing != null) {
                TraceRenderer.render(event.getObject()).ifPresent(derived::add);
            }
        }
    };

    List<TraceEntry> entries() {
        return List.copyOf(entries);
    }

    private void record(Match match) {
        String rule = match.getRule().getName();
        CriterionRule criterion = ruleset.criteria().get(rule);
        List<Map<String, Object>> matched = new ArrayList<>();
        for (Object object : match.getObjects()) {
            TraceRenderer.render(object).ifPresent(matched::add);
        }
        entries.add(new TraceEntry(entries.size() + 1, rule, ruleset.fileOf(rule), stage(match),
                criterion == null ? null : criterion.indicator(), criterion == null ? null : criterion.level(),
                matched, List.copyOf(derived)));
    }

    private static String stage(Match match) {
        String group = match.getRule() instanceof RuleImpl impl ? impl.getAgendaGroup() : null;
        return group == null || "MAIN".equals(group) ? "criteria" : group;
    }
}
