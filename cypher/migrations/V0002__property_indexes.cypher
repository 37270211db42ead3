// Range indexes for the filters and orderings the API offers (by date, area, outcome, law).
CREATE INDEX ruling_decided_on IF NOT EXISTS FOR (n:Ruling) ON (n.decidedOn);
CREATE INDEX ruling_area IF NOT EXISTS FOR (n:Ruling) ON (n.area);
CREATE INDEX paragraph_law_id IF NOT EXISTS FOR (n:Paragraph) ON (n.lawId);
CREATE INDEX consolidation_decided_on IF NOT EXISTS FOR (n:Consolidation) ON (n.decidedOn);
CREATE INDEX complaint_case_decided_on IF NOT EXISTS FOR (n:ComplaintCase) ON (n.decidedOn);
CREATE INDEX complaint_case_area IF NOT EXISTS FOR (n:ComplaintCase) ON (n.area);
CREATE INDEX complaint_case_outcome IF NOT EXISTS FOR (n:ComplaintCase) ON (n.outcome);
