(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-df"]={"key":"df","forms":{"dft":[0]},"terms":[{"w":524,"p":"eaneY"}]};
