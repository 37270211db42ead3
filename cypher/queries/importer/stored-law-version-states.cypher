// What an import compares a law version record with (upsert-law-versions.cypher writes these).
MATCH (v:LawVersion) WHERE v.eli IN $keys
RETURN v.eli AS key,
       v {.lawId, .accessionNumber, .documentType, .title, .shortTitle, .documentDate, .startDate, .inForce,
          .endedOn, .consolidates, .changedBy} AS state
