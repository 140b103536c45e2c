// Question: Which industries reach the most zones and enterprises (a zone counts when it, or an enterprise or project in it, is in the industry)?
// Parameters: none
// Columns: industry, industryName, zones, enterprises, projects, zoneNames, enterpriseNames
MATCH (ind:Industry)
OPTIONAL MATCH (ind)<-[:IN_INDUSTRY]-(member)
OPTIONAL MATCH (member)-[:LOCATED_IN]->(host:Zone)
WITH ind,
     collect(DISTINCT CASE WHEN member:Zone THEN member END) + collect(DISTINCT host) AS zoneList,
     collect(DISTINCT CASE WHEN member:Enterprise THEN member END) AS enterpriseList,
     collect(DISTINCT CASE WHEN member:Project THEN member END) AS projectList
WITH ind, enterpriseList, projectList,
     reduce(acc = [], z IN zoneList | CASE WHEN z IN acc THEN acc ELSE acc + z END) AS zoneSet
RETURN ind.id AS industry, ind.name AS industryName, size(zoneSet) AS zones, size(enterpriseList) AS enterprises,
       size(projectList) AS projects, [z IN zoneSet | z.name] AS zoneNames,
       [e IN enterpriseList | e.name] AS enterpriseNames
ORDER BY zones DESC, enterprises DESC, projects DESC, industryName
