package io.cnmm.report;

import io.cnmm.evaluation.RankedAdvice;
import io.cnmm.model.Text;
import java.util.ArrayList;
import java.util.List;

/** Names and levels in the report's languages: English, or English and Chinese. */
record Labels(ModelNames names, boolean bilingual) {

    String name(String id) {
        return text(names.of(id));
    }

    String text(Text text) {
        return bilingual && !text.zh().equals(text.en()) ? text.en() + " " + text.zh() : text.en();
    }

    /** {@code 3 · Standardised 全面级}, or {@code not assessed}. */
    String level(Integer level) {
        Text name = names.level(level);
        return level == null ? "not assessed" : level + (name == null ? "" : " · " + text(name));
    }

    /** An axis label: the English name wrapped at about 16 characters, then the Chinese name. */
    List<String> lines(String id) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : names.of(id).en().split(" ")) {
            if (line.length() > 0 && line.length() + word.length() > 16) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        if (bilingual) {
            lines.add(names.of(id).zh());
        }
        return lines;
    }

    ReportPage.Advice advice(RankedAdvice advice) {
        return new ReportPage.Advice(advice.rank(), advice.indicator(), name(advice.indicator()),
                "level " + advice.fromLevel() + " to " + advice.toLevel(),
                advice.effect() == null ? null : advice.effect().describe(), advice.text().en(),
                bilingual ? advice.text().zh() : null, advice.reason());
    }
}
