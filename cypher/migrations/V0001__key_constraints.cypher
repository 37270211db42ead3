// One uniqueness constraint per key of the graph model (DESIGN.md); each also backs lookups by key.
CREATE CONSTRAINT law_id IF NOT EXISTS FOR (n:Law) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT paragraph_ref IF NOT EXISTS FOR (n:Paragraph) REQUIRE n.ref IS UNIQUE;
CREATE CONSTRAINT ruling_number IF NOT EXISTS FOR (n:Ruling) REQUIRE n.number IS UNIQUE;
CREATE CONSTRAINT consolidation_id IF NOT EXISTS FOR (n:Consolidation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT authority_code IF NOT EXISTS FOR (n:Authority) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT reversal_reason_code IF NOT EXISTS FOR (n:ReversalReason) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT complaint_case_id IF NOT EXISTS FOR (n:ComplaintCase) REQUIRE n.id IS UNIQUE;
