// THE lawChanged rule on one paragraph: {{paragraph}} had, by {{asOf}}, ended (validTo before
// asOf) or been succeeded by another. A ruling's law changed when a paragraph it interprets did.
({{paragraph}}.validTo < {{asOf}} OR EXISTS { ({{paragraph}})-[s:SUCCEEDED_BY]->() WHERE s.on <= {{asOf}} })
