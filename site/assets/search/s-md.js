(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-md"]={"key":"md","forms":{"mdp":[0]},"terms":[{"w":524,"p":"mKTkFJ"}]};
