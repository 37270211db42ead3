// Danish stemming, so "kompressionsstrømpe" finds a title that says "kompressionsstrømper".
CREATE FULLTEXT INDEX ruling_text IF NOT EXISTS
FOR (n:Ruling) ON EACH [n.number, n.title, n.summary]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'danish' } };
