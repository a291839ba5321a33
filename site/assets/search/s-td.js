(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-td"]={"key":"td","forms":{"td":[0]},"terms":[{"w":490,"p":"hSOThApPK"}]};
