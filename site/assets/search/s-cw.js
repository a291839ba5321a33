(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-cw"]={"key":"cw","forms":{"cwq":[0]},"terms":[{"w":575,"p":"hWO"}]};
