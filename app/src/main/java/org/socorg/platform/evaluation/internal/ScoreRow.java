package org.socorg.platform.evaluation.internal;

import java.time.Instant;

/** One expert's scores in one round ({@code scores}: JSON object criterion → score). */
public class ScoreRow {
    public Long id;
    public String evaluationId;
    public int scoreRound;
    public String expertId;
    public String scores;
    public String opinion;
    public Instant scoredAt;
}
