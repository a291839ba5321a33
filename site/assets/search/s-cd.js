(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-cd"]={"key":"cd","forms":{"cd":[0],"cds":[0]},"terms":[{"w":524,"p":"iYckIN","h":"cds","o":"nA"}]};
