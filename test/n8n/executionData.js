'use strict';
// Reading an execution fetched from n8n's public API with includeData=true.

/** Items (json only) a node produced in an execution fetched with includeData=true. */
function nodeItems(execution, nodeName, { output = 0, run = 0 } = {}) {
	const runData = execution?.data?.resultData?.runData || {};
	const runs = runData[nodeName];
	if (!runs || !runs[run]) return undefined;
	const main = runs[run].data?.main || [];
	return (main[output] || []).map((item) => item.json);
}

/** The error an execution stopped on, as { node, message, description }, or undefined. */
function executionError(execution) {
	const resultData = execution?.data?.resultData || {};
	const error = resultData.error;
	if (error) {
		return {
			node: error.node?.name || resultData.lastNodeExecuted,
			message: error.message,
			description: error.description,
		};
	}
	for (const [node, runs] of Object.entries(resultData.runData || {})) {
		for (const runInfo of runs) {
			if (runInfo.error)
				return { node, message: runInfo.error.message, description: runInfo.error.description };
		}
	}
	return undefined;
}

module.exports = { nodeItems, executionError };
