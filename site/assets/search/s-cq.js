(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-cq"]={"key":"cq","forms":{"cql":[0]},"terms":[{"w":575,"p":"pUO"}]};
