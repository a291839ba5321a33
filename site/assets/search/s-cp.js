(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-cp"]={"key":"cp","forms":{"cpt":[0]},"terms":[{"w":490,"p":"kVTlfYiVQ"}]};
