(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-cf"]={"key":"cf","forms":{"cfg":[0],"cft":[1]},"terms":[{"w":575,"p":"mBK"},{"w":524,"p":"iWbrJa"}]};
