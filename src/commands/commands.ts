/**
 * The add-in's function file (FunctionFile in manifest.xml). The ribbon button only shows the task
 * pane (ShowTaskpane), so there are no ExecuteFunction commands yet; when one is added, define it here
 * and register it with Office.actions.associate("name", handler) inside onReady.
 */
if (typeof Office !== 'undefined') {
  void Office.onReady(() => {
    // Nothing to register yet.
  });
}

export {};
