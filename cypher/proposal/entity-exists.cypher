// Whether an entity has this id, before the extractor gives a new entity that id (KnownEntities, EntityIndex).
// Parameters: id. Columns: found.
RETURN EXISTS { MATCH (n:Zone|Enterprise|Brand|Award|Policy|Project|Organization|Region|Person|Industry)
                WHERE n.id = $id } AS found
