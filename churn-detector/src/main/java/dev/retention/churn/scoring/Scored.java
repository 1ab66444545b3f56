package dev.retention.churn.scoring;

import dev.retention.churn.signal.ModelScores;
import dev.retention.contracts.churn.Prediction;

/** The model scores the signals read and the prediction published with the risk. */
public record Scored(ModelScores scores, Prediction prediction) {}
