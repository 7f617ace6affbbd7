package io.cnmm.assessment;

import io.cnmm.evaluation.RankedAdvice;
import io.cnmm.model.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One stored piece of ranked advice; its rank is its position in the list. */
@Embeddable
public class AdviceRow {

    @Column(name = "indicator_id")
    String indicatorId;
    @Column(name = "domain_id")
    String domainId;
    boolean provisional;
    @Column(name = "from_level")
    int fromLevel;
    @Column(name = "to_level")
    int toLevel;
    @Column(name = "text_zh")
    String textZh;
    @Column(name = "text_en")
    String textEn;
    String reason;

    static AdviceRow of(RankedAdvice advice) {
        AdviceRow row = new AdviceRow();
        row.indicatorId = advice.indicator();
        row.domainId = advice.domain();
        row.provisional = advice.provisional();
        row.fromLevel = advice.fromLevel();
        row.toLevel = advice.toLevel();
        row.textZh = advice.text().zh();
        row.textEn = advice.text().en();
        row.reason = advice.reason();
        return row;
    }

    RankedAdvice toAdvice(int rank) {
        return new RankedAdvice(rank, indicatorId, domainId, provisional, fromLevel, toLevel, new Text(textZh, textEn), reason);
    }
}
