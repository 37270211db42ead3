// Whether paragraph {{paragraph}} is in force on {{asOf}}: open-ended where a bound is unknown.
(({{paragraph}}.validFrom IS NULL OR {{paragraph}}.validFrom <= {{asOf}}) AND ({{paragraph}}.validTo IS NULL OR {{paragraph}}.validTo >= {{asOf}}))
